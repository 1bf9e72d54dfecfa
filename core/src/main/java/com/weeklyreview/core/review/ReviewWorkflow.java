package com.weeklyreview.core.review;

import com.weeklyreview.core.items.IllegalTransitionException;
import com.weeklyreview.core.user.Role;
import com.weeklyreview.core.user.User;
import java.util.Optional;

/**
 * The three-level review state machine and its role rules.
 *
 * <table>
 *   <caption>Steps</caption>
 *   <tr><th>action</th><th>from</th><th>to</th><th>who</th></tr>
 *   <tr><td>submit</td><td>draft</td><td>submitted</td><td>the owner (a team's report: its manager)</td></tr>
 *   <tr><td>selfCheck</td><td>submitted</td><td>self_checked</td><td>the owner only (a team's report: its manager)</td></tr>
 *   <tr><td>approve</td><td>submitted, self_checked</td><td>manager_reviewed</td><td>the manager of the owner's team</td></tr>
 *   <tr><td>approve</td><td>manager_reviewed</td><td>director_reviewed</td><td>a director</td></tr>
 *   <tr><td>approve</td><td>director_reviewed</td><td>done</td><td>a director</td></tr>
 *   <tr><td>return</td><td>submitted, self_checked</td><td>draft</td><td>the owner's manager or a director, with reasons</td></tr>
 *   <tr><td>return</td><td>manager_reviewed, director_reviewed</td><td>draft</td><td>a director, with reasons</td></tr>
 * </table>
 * The rep's self-check is the rep's own optional step between submit and the manager's review:
 * the manager reviews a submitted report whether or not the rep self-checked it, so a reviewer
 * is never held up by a step only the rep can take.
 * A step that does not exist from the current state is illegal (409); a step the actor's role
 * may not take is refused (403). Administrators configure the plugin and take no review step.
 * The reviewers' part of the rubric is scored by the manager of the owner's team (not on their own
 * report) or a director ({@link #mayScoreRubric}).
 */
public final class ReviewWorkflow {

    private ReviewWorkflow() {
    }

    /** Returns the state after {@code action}, or throws {@link IllegalTransitionException} when there is no such step. */
    public static ReviewState next(ReviewState from, ReviewAction action) {
        ReviewState to = switch (action) {
            case SUBMIT -> from == ReviewState.DRAFT ? ReviewState.SUBMITTED : null;
            case SELF_CHECK -> from == ReviewState.SUBMITTED ? ReviewState.SELF_CHECKED : null;
            case APPROVE -> switch (from) {
                case SUBMITTED, SELF_CHECKED -> ReviewState.MANAGER_REVIEWED;
                case MANAGER_REVIEWED -> ReviewState.DIRECTOR_REVIEWED;
                case DIRECTOR_REVIEWED -> ReviewState.DONE;
                default -> null;
            };
            case RETURN -> from == ReviewState.SUBMITTED || from == ReviewState.SELF_CHECKED || from == ReviewState.MANAGER_REVIEWED
                    || from == ReviewState.DIRECTOR_REVIEWED ? ReviewState.DRAFT : null;
        };
        if (to == null) {
            throw new IllegalTransitionException(from.wireName(), action.wireName());
        }
        return to;
    }

    /**
     * Returns true when {@code actor} may take {@code action} from {@code from} on a report of
     * {@code owner}, whose directory entry is {@code ownerUser} (empty for a team's report).
     */
    public static boolean may(User actor, ReviewState from, ReviewAction action, String owner, Optional<User> ownerUser) {
        boolean teamReport = ownerUser.isEmpty();
        boolean owns = teamReport
                ? actor.role() == Role.MANAGER && actor.team().filter(owner::equals).isPresent()
                : actor.name().equals(owner);
        boolean managesOwner = actor.role() == Role.MANAGER && !teamReport
                && actor.team().isPresent() && ownerUser.flatMap(User::team).equals(actor.team())
                && !actor.name().equals(owner);
        boolean director = actor.role() == Role.DIRECTOR;
        boolean managerLevel = from == ReviewState.SUBMITTED || from == ReviewState.SELF_CHECKED;
        return switch (action) {
            case SUBMIT, SELF_CHECK -> owns;
            case APPROVE -> managerLevel ? managesOwner || (teamReport && director) : director;
            case RETURN -> managerLevel ? managesOwner || director : director;
        };
    }

    /**
     * Returns true when {@code actor} may score the reviewers' part of the rubric (logic, depth,
     * feasibility) of a report of {@code owner}, whose directory entry is {@code ownerUser} (empty
     * for a team's report): a director, or a manager of the owner's team (or of the team whose
     * report it is) who is not the owner. Reps and administrators score no rubric.
     */
    public static boolean mayScoreRubric(User actor, String owner, Optional<User> ownerUser) {
        return switch (actor.role()) {
            case DIRECTOR -> true;
            case MANAGER -> !actor.name().equals(owner) && actor.team().filter(team -> team.equals(owner)
                    || ownerUser.flatMap(User::team).filter(team::equals).isPresent()).isPresent();
            case REP, ADMIN -> false;
        };
    }

    /**
     * Returns the step that returned a report to its owner when that is where it stands: a draft
     * whose last step is a return (its reason is what the owner must fix).
     */
    public static Optional<ReviewEvent> lastReturn(ReviewState state, java.util.List<ReviewEvent> history) {
        if (state != ReviewState.DRAFT || history.isEmpty()) {
            return Optional.empty();
        }
        ReviewEvent last = history.get(history.size() - 1);
        return last.action() == ReviewAction.RETURN ? Optional.of(last) : Optional.empty();
    }
}
