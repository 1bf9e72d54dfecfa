package com.weeklyreview.core.items;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.util.Optional;

/**
 * The status workflow of tracked items and who may move them.
 *
 * <p>Transitions: {@code in_progress} from open; {@code done} from open or in progress;
 * {@code verified} from done; {@code reopened} (back to open) from done or verified. May change
 * an item: its owner, the manager of the owner's team, a director, an admin. Verifying closes
 * the loop, so the owner may not verify their own item: a manager, director or admin does.
 */
public final class ItemWorkflow {

    /** The transition words of the API. */
    public static final String IN_PROGRESS = "in_progress";
    /** Marks the item done. */
    public static final String DONE = "done";
    /** Marks the item verified. */
    public static final String VERIFIED = "verified";
    /** Sends the item back to open. */
    public static final String REOPENED = "reopened";

    private ItemWorkflow() {
    }

    /** Returns the status after {@code to}, or throws {@link IllegalTransitionException}; unknown words are illegal arguments. */
    public static ItemStatus next(ItemStatus from, String to) {
        ItemStatus result = switch (to) {
            case IN_PROGRESS -> from == ItemStatus.OPEN ? ItemStatus.IN_PROGRESS : null;
            case DONE -> from == ItemStatus.OPEN || from == ItemStatus.IN_PROGRESS ? ItemStatus.DONE : null;
            case VERIFIED -> from == ItemStatus.DONE ? ItemStatus.VERIFIED : null;
            case REOPENED -> from.finished() ? ItemStatus.OPEN : null;
            default -> throw new IllegalArgumentException("to must be one of in_progress, done, verified, reopened but was " + to);
        };
        if (result == null) {
            throw new IllegalTransitionException(from.wireName(), to);
        }
        return result;
    }

    /**
     * Returns true when {@code actor} may change (or create) an item owned by {@code owner}, whose
     * directory entry is {@code ownerUser} when the owner is a known user.
     */
    public static boolean mayChange(User actor, String owner, Optional<User> ownerUser) {
        return switch (actor.role()) {
            case ADMIN, DIRECTOR -> true;
            case MANAGER -> actor.name().equals(owner) || actor.team().filter(team ->
                    team.equals(owner) || ownerUser.flatMap(User::team).filter(team::equals).isPresent()).isPresent();
            case REP -> actor.name().equals(owner);
        };
    }

    /** Returns true when {@code actor} may make the transition {@code to} on an item owned by {@code owner}. */
    public static boolean mayTransition(User actor, String owner, Optional<User> ownerUser, String to) {
        if (!mayChange(actor, owner, ownerUser)) {
            return false;
        }
        return !VERIFIED.equals(to) || actor.role() != Role.REP;
    }
}
