package com.weeklyreview.rest;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.review.Reminder;
import com.weeklyreview.core.review.ReviewState;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.json.ItemJson;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** Returns the feed of the caller for a week (this week by default). */
    @GET
    public Map<String, Object> feed(@QueryParam("week") String week, @Context SecurityContext security) {
        User actor = Caller.of(security);
        IsoWeek at;
        try {
            at = week == null || week.isBlank() ? IsoWeek.of(services.today()) : IsoWeek.parse(week);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("week", ViolationCode.FORMAT, "isoWeek")));
        }
        boolean submitted = services.store().reports().find(actor.name(), at)
                .map(r -> !r.state().equals(ReviewState.DRAFT.wireName())).orElse(false);
        LocalDate today = services.today();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("user", actor.name());
        out.put("week", at.toString());
        out.put("zone", services.settings().calendar().zone().getId());
        out.put("reminders", Reminder.of(services.settings().calendar(), at, services.clock().instant(), submitted).stream()
                .map(r -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("at", r.at().toOffsetDateTime().toString());
                    m.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
                    m.put("hoursLeft", r.left().toHours());
                    return m;
                }).toList());
        out.put("overdueItems", services.store().items().find(List.of(actor.name()), Optional.empty()).stream()
                .filter(i -> i.overdue(today)).map(i -> ItemJson.of(i, today)).toList());
        return out;
    }
}
