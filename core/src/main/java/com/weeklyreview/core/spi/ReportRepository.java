package com.weeklyreview.core.spi;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.StoredReport;
import java.time.Instant;
import java.util.Optional;

/** Stores report pages: one per owner and week. */
public interface ReportRepository {

    /** Returns the report of an owner and week, creating it (state draft) when there is none; never two. */
    Created findOrCreate(String owner, IsoWeek week, String pageUrl, String createdBy, Instant at);

    /** Finds the report of an owner and week. */
    Optional<StoredReport> find(String owner, IsoWeek week);

    /** Finds a report by id. */
    Optional<StoredReport> get(long id);

    /** Saves a report's data document. */
    void saveData(long id, String document, String by, Instant at);

    /**
     * A report and whether this call created it.
     *
     * @param report  the report
     * @param created true when it did not exist before
     */
    record Created(StoredReport report, boolean created) {
    }
}
