package com.weeklyreview.application;

import com.weeklyreview.core.items.ItemWorkflow;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import com.weeklyreview.core.spi.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and change what, the same for the REST API and every host's pages: a rep acts for
 * themselves; a manager for their team's members and the team itself; a director and an admin for
 * everyone. Answers yes or no; each adapter turns a no into its own refusal (403, an error box).
 */
public final class Permissions {

    private final UserDirectory users;

    /** Creates the rules over the user directory. */
    public Permissions(UserDirectory users) {
        this.users = users;
    }

    /** Returns true when {@code owner} is a known user or a known team. */
    public boolean known(String owner) {
        return users.find(owner).isPresent() || users.all().stream().anyMatch(u -> u.team().filter(owner::equals).isPresent());
    }

    /** Returns true when {@code actor} may act for {@code owner} (user or team). */
    public boolean mayActFor(User actor, String owner) {
        return ItemWorkflow.mayChange(actor, owner, users.find(owner));
    }

    /** Returns true when {@code actor} may read what belongs to {@code owner}: anyone who may act for it, and directors. */
    public boolean mayRead(User actor, String owner) {
        return mayActFor(actor, owner) || actor.role() == Role.DIRECTOR;
    }

    /** Returns the owners whose records an actor sees when no owner is named: empty means everyone. */
    public List<String> visibleOwners(User actor) {
        return switch (actor.role()) {
            case ADMIN, DIRECTOR -> List.of();
            case MANAGER -> {
                List<String> owners = new ArrayList<>();
                owners.add(actor.name());
                actor.team().ifPresent(team -> {
                    owners.add(team);
                    users.all().stream().filter(u -> u.team().filter(team::equals).isPresent())
                            .map(User::name).filter(n -> !owners.contains(n)).forEach(owners::add);
                });
                yield owners;
            }
            case REP -> List.of(actor.name());
        };
    }

    /** Returns the users of a team, or the one user when {@code owner} is a user. */
    public List<String> members(String owner) {
        Optional<User> user = users.find(owner);
        if (user.isPresent()) {
            return List.of(owner);
        }
        return users.all().stream().filter(u -> u.team().filter(owner::equals).isPresent()).map(User::name).toList();
    }
}
