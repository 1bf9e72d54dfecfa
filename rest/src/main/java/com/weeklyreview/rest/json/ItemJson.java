package com.weeklyreview.rest.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.weeklyreview.core.items.TrackedItem;
import java.time.LocalDate;

/**
 * A tracked item on the wire.
 *
 * @param id           its id
 * @param type         problem or action
 * @param title        what it is about
 * @param owner        who owns it
 * @param deadline     when it is due
 * @param reportId     the report it came from
 * @param cause        controllable or uncontrollable
 * @param verification how it will be verified
 * @param status       open, in_progress, done or verified
 * @param overdue      past its deadline and not done
 * @param createdBy    who created it
 * @param createdAt    when
 * @param updatedAt    when its status last changed
 * @param version      how many changes it has seen (its ETag)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemJson(long id, String type, String title, String owner, String deadline, Long reportId, String cause,
                       String verification, String status, boolean overdue, String createdBy, String createdAt,
                       String updatedAt, long version) {

    /** Maps an item as of a day (which decides {@code overdue}). */
    public static ItemJson of(TrackedItem t, LocalDate today) {
        return new ItemJson(t.id(), t.item().type().wireName(), t.item().title(), t.item().owner(),
                t.item().deadline().toString(), t.item().reportId(), t.item().cause().wireName(), t.item().verification(),
                t.status().wireName(), t.overdue(today), t.createdBy(), t.createdAt().toString(), t.updatedAt().toString(),
                t.version());
    }
}
