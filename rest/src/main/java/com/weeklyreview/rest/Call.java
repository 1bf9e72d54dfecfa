package com.weeklyreview.rest;

import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.review.Comment;
import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Labels;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.SecurityContext;

/**
 * One resource call: the caller, the labels of the caller's language, and the lookups and access
 * checks every resource opens with, answering an unknown id 404 and a refused owner 403 the same
 * way everywhere. Resolved once at the start of each resource method ({@link #of}).
 */
final class Call {

    private final RestServices services;
    private final Access access;
    private final SecurityContext security;
    private final Labels labels;

    private Call(RestServices services, SecurityContext security, Labels labels) {
        this.services = services;
        this.access = new Access(services.users());
        this.security = security;
        this.labels = labels;
    }

    /** Opens a call: the labels from Accept-Language (the default language when it is absent or malformed). */
    static Call of(RestServices services, SecurityContext security, HttpHeaders headers) {
        return new Call(services, security, Languages.labels(headers));
    }

    /** Returns the labels of the caller's language. */
    Labels labels() {
        return labels;
    }

    /** Returns the logged-in caller (the auth filter let the request through). */
    User caller() {
        return Caller.of(security);
    }

    /** Returns the access rules. */
    Access access() {
        return access;
    }

    /** Returns {@code owner}, or the caller's name when it is absent or blank. */
    String ownerOrCaller(String owner) {
        return owner == null || owner.isBlank() ? caller().name() : owner;
    }

    /** Throws 403 unless the caller may read what belongs to {@code owner} (who may act for it, and directors). */
    void requireRead(String owner) {
        access.requireRead(caller(), owner, labels);
    }

    /** Throws 403 unless the caller may act for {@code owner}. */
    void requireActFor(String owner) {
        access.requireActFor(caller(), owner, labels);
    }

    /** Returns the 403 error in the caller's language. */
    ApiException forbidden() {
        return Access.forbidden(labels);
    }

    /** Returns the 404 error in the caller's language. */
    ApiException notFound() {
        return Access.notFound(labels);
    }

    /** Returns the stored report of a path id; 404 when the id is malformed or unknown. */
    StoredReport report(String id) {
        return found(id, n -> services.store().reports().get(n));
    }

    /** Returns the report of a path id that the caller may read; 404, then 403. */
    StoredReport readableReport(String id) {
        StoredReport report = report(id);
        requireRead(report.owner());
        return report;
    }

    /** Returns the report of a path id that the caller may act for; 404, then 403. */
    StoredReport ownReport(String id) {
        StoredReport report = report(id);
        requireActFor(report.owner());
        return report;
    }

    /** Returns the tracked item of a path id; 404 when the id is malformed or unknown. */
    TrackedItem item(String id) {
        return found(id, n -> services.store().items().get(n));
    }

    /** Returns the comment of a path id; 404 when the id is malformed or unknown. */
    Comment comment(String id) {
        return found(id, n -> services.store().comments().get(n));
    }

    /** Returns the report a comment belongs to; 404 when it is gone. */
    StoredReport reportOf(Comment comment) {
        return services.store().reports().get(comment.reportId()).orElseThrow(this::notFound);
    }

    private <T> T found(String id, LongFunction<Optional<T>> lookup) {
        long n;
        try {
            n = Access.id(id);
        } catch (NumberFormatException e) {
            throw notFound();
        }
        return lookup.apply(n).orElseThrow(this::notFound);
    }

    /** Returns the ISO week of a query parameter, this week when it is absent; 400 {@code week} when malformed. */
    IsoWeek week(String week) {
        if (week == null || week.isBlank()) {
            return IsoWeek.of(services.today());
        }
        return parseWeek(week);
    }

    /** Parses an ISO week; 400 {@code week} when malformed. */
    static IsoWeek parseWeek(String week) {
        try {
            return IsoWeek.parse(week);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(List.of(Violation.of("week", ViolationCode.FORMAT, "isoWeek")));
        }
    }
}
