package com.weeklyreview.rest.internal;

import com.weeklyreview.core.items.ItemWorkflow;
import com.weeklyreview.core.spi.Role;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.rest.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.widgets.Labels;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who may see and change what. A rep acts for themselves; a manager for their team's members
 * and the team itself; a director and an admin for everyone.
 */
public final class Access {

    private final UserDirectory users;

    /** Creates the rules over the user directory. */
    public Access(UserDirectory users) {
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

    /** Throws 403 unless {@code actor} may act for {@code owner}. */
    public void requireActFor(User actor, String owner, Labels labels) {
        if (!mayActFor(actor, owner)) {
            throw forbidden(labels);
        }
    }

    /** Throws 403 unless {@code actor} may read what belongs to {@code owner}: anyone who may act for it, and directors. */
    public void requireRead(User actor, String owner, Labels labels) {
        if (!mayActFor(actor, owner) && actor.role() != Role.DIRECTOR) {
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
        return switch (actor.role()) {
            case ADMIN, DIRECTOR -> List.of();
            case MANAGER -> {
                List<String> owners = new java.util.ArrayList<>();
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

    /** Returns the 403 error. */
    public static ApiException forbidden(Labels labels) {
        return new ApiException(ErrorJson.of(403, "", labels.get("error.forbidden")));
    }

    /** Returns the 404 error. */
    public static ApiException notFound(Labels labels) {
        return new ApiException(ErrorJson.of(404, "", labels.get("error.notFound")));
    }
}
