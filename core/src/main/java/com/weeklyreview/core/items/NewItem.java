package com.weeklyreview.core.items;

import com.weeklyreview.core.report.Checks;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A tracked item as submitted for creation.
 *
 * @param type         problem or action
 * @param title        what it is about
 * @param owner        who owns it
 * @param deadline     when it is due
 * @param reportId     the report page it came from, when any
 * @param cause        controllable or uncontrollable
 * @param verification how it will be verified, e.g. "contract approval back from 4 days to 2 by Wednesday"
 */
public record NewItem(ItemType type, String title, String owner, LocalDate deadline, Long reportId, Cause cause,
                      String verification) {

    /** Creates a new item, checking every field. */
    public NewItem {
        Checks c = new Checks();
        c.required("type", type).text("title", title, Checks.MAX_TITLE).name("owner", owner).required("deadline", deadline)
                .required("cause", cause).text("verification", verification);
        c.throwIfAny();
    }

    /** Returns the source report, when any. */
    public Optional<Long> report() {
        return Optional.ofNullable(reportId);
    }
}
