package com.weeklyreview.rest.internal;

import com.weeklyreview.core.items.ItemWorkflow;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.application.Permissions;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.widgets.Labels;
import java.util.Arrays;
import java.util.List;

/**
 * Who may see and change what. A rep acts for themselves; a manager for their team's members
 * and the team itself; a director and an admin for everyone.
 */
public final class Access {

    private final Permissions permissions;

    /** Creates the rules over the user directory (the application's {@link Permissions}, refusals as API errors). */
    public Access(UserDirectory users) {
        this.permissions = new Permissions(users);
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[0-9]{1,18}");
    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    /**
     * Parses a record id of a path: ASCII digits only (Java would also read other scripts' digits,
     * such as full-width ２, as a number).
     *
     * @throws NumberFormatException when it is not one
     */
    public static long id(String text) {
        if (text == null || !ID.matcher(text).matches()) {
            throw new NumberFormatException("not an id: " + text);
        }
        return Long.parseLong(text);
    }

    /** Throws 400 naming {@code field} unless {@code owner} is a well-formed user or team name (1–64 letters, digits, {@code . _ @ -}). */
    public static void requireName(String field, String owner) {
        if (owner == null || !NAME.matcher(owner).matches()) {
            throw new com.weeklyreview.core.report.InvalidInputException(java.util.List.of(
                    com.weeklyreview.core.report.Violation.of(field, com.weeklyreview.core.report.ViolationCode.FORMAT, "name")));
        }
    }

    /** Returns true when {@code owner} is a known user or a known team. */
    public boolean known(String owner) {
        return permissions.known(owner);
    }

    /** Returns true when {@code actor} may act for {@code owner} (user or team). */
    public boolean mayActFor(User actor, String owner) {
        return permissions.mayActFor(actor, owner);
    }

    /** Throws 403 unless {@code actor} may act for {@code owner}. */
    public void requireActFor(User actor, String owner, Labels labels) {
        requireName("owner", owner);
        if (!mayActFor(actor, owner)) {
            throw forbidden(labels);
        }
    }

    /** Throws 403 unless {@code actor} may read what belongs to {@code owner}: anyone who may act for it, and directors. */
    public void requireRead(User actor, String owner, Labels labels) {
        requireName("owner", owner);
        if (!permissions.mayRead(actor, owner)) {
            throw forbidden(labels);
        }
    }

    /** Throws 403 unless the actor has one of the roles. */
    public static void requireRole(User actor, Labels labels, Role... roles) {
        if (Arrays.stream(roles).noneMatch(r -> r == actor.role())) {
            throw forbidden(labels);
        }
    }

    /** Returns the owners whose records an actor sees when no owner is named: empty means everyone. */
    public List<String> visibleOwners(User actor) {
        return permissions.visibleOwners(actor);
    }

    /** Returns the users of a team, or the one user when {@code owner} is a user. */
    public List<String> members(String owner) {
        return permissions.members(owner);
    }

    /** Returns the 403 error. */
    public static ApiException forbidden(Labels labels) {
        return new ApiException(ErrorJson.of(403, "", labels.get("error.forbidden")));
    }

    /** Returns the 404 error. */
    public static ApiException notFound(Labels labels) {
        return new ApiException(ErrorJson.of(404, "", labels.get("error.notFound")));
    }
}
