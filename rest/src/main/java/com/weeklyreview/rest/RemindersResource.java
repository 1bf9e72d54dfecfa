package com.weeklyreview.rest;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.review.Reminder;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.json.ReviewJson.FeedJson;
import com.weeklyreview.rest.json.ReviewJson.NudgeJson;
import com.weeklyreview.rest.json.ReviewJson.ReminderJson;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ItemJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/**
 * {@code GET /reminders?week=}: the caller's reminder feed: the week's deadlines (data entry
 * Friday 17:00, report Sunday 20:00, review meeting Monday 10:00, team time zone) with their
 * status, and the caller's overdue tracked items.
 */
@LicensedOnly
@Path("reminders")
@Produces(MediaType.APPLICATION_JSON)
public final class RemindersResource {

    private final RestServices services;

    /** Creates the resource over the services. */
    @Inject
    public RemindersResource(RestServices services) {
        this.services = services;
    }

    /**
     * {@code POST /reminders/nudges} {@code {"owner", "week"}}: the owner's manager (or a
     * director) reminds a rep whose report of the week is not submitted: a notice on the rep's front
     * page always (recorded once per rep and week), and a mail when SMTP is configured
     * ({@code WSR_SMTP_HOST}) and the rep has an address. 201 with {@code {"noticed", "mailed"}};
     * 409 when the report is already submitted.
     */
    @javax.ws.rs.POST
    @Path("nudges")
    @javax.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public javax.ws.rs.core.Response nudge(java.io.InputStream body, @Context SecurityContext security,
                                           @javax.ws.rs.core.Context javax.ws.rs.core.HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        com.weeklyreview.widgets.Labels labels = call.labels();
        User actor = call.caller();
        com.fasterxml.jackson.databind.JsonNode tree = com.weeklyreview.rest.internal.Json.read(body, labels);
        String owner = tree.path("owner").asText("");
        String weekText = tree.path("week").asText("");
        List<Violation> bad = new java.util.ArrayList<>();
        Optional<User> rep = owner.isBlank() ? Optional.empty() : services.users().find(owner);
        if (rep.isEmpty() || rep.get().role() != com.weeklyreview.core.user.Role.REP) {
            bad.add(Violation.of("owner", ViolationCode.UNKNOWN));
        }
        IsoWeek at = null;
        try {
            at = weekText.isBlank() ? IsoWeek.of(services.today()) : IsoWeek.parse(weekText);
        } catch (InvalidInputException e) {
            bad.add(Violation.of("week", ViolationCode.FORMAT, "isoWeek"));
        }
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        boolean allowed = actor.role() == com.weeklyreview.core.user.Role.DIRECTOR
                || (actor.role() == com.weeklyreview.core.user.Role.MANAGER && actor.team().isPresent()
                && rep.get().team().equals(actor.team()));
        if (!allowed) {
            throw call.forbidden();
        }
        boolean submitted = services.store().reports().find(owner, at)
                .map(r -> !r.state().equals(ReviewState.DRAFT.wireName())).orElse(false);
        if (submitted) {
            throw new ApiException(com.weeklyreview.rest.json.ErrorJson.of(409, "owner",
                    labels.get("error.conflict", "submitted")));
        }
        boolean noticed = services.store().markReminderSent(com.weeklyreview.application.macro.LeadPages.nudgeKey(owner, at),
                services.clock().instant());
        java.util.function.Function<String, Optional<String>> emails = services.users() instanceof com.weeklyreview.rest.auth.UserStore store
                ? store::email : n -> Optional.empty();
        User who = rep.get();
        IsoWeek nudged = at;
        boolean mailed = noticed && com.weeklyreview.application.service.ReminderMailer.Smtp.fromEnvironment(System.getenv())
                .map(smtp -> new com.weeklyreview.application.service.ReminderMailer(services.application(), smtp, emails).nudge(who, actor, nudged))
                .orElse(false);
        return javax.ws.rs.core.Response.status(201).entity(new NudgeJson(owner, at.toString(), true, mailed)).build();
    }

    /** Returns the feed of the caller for a week (this week by default). */
    @GET
    public FeedJson feed(@QueryParam("week") String week, @Context SecurityContext security,
                         @Context javax.ws.rs.core.HttpHeaders headers) {
        Call call = Call.of(services, security, headers);
        User actor = call.caller();
        IsoWeek at = call.week(week);
        boolean submitted = services.store().reports().find(actor.name(), at)
                .map(r -> !r.state().equals(ReviewState.DRAFT.wireName())).orElse(false);
        LocalDate today = services.today();
        return new FeedJson(actor.name(), at.toString(), services.settings().calendar().zone().getId(),
                Reminder.of(services.settings().calendar(), at, services.clock().instant(), submitted).stream()
                        .map(ReminderJson::of).toList(),
                services.store().items().find(List.of(actor.name()), Optional.empty()).stream()
                        .filter(i -> i.overdue(today)).map(i -> ItemJson.of(i, today)).toList());
    }
}
