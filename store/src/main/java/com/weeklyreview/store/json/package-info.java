/**
 * The report document: API.md's {@code WeeklyReport} JSON read into core's typed report with every
 * bad field listed ({@link com.weeklyreview.store.json.WeeklyReportBinder}) and written back
 * ({@link com.weeklyreview.store.json.WeeklyReportJson}). The REST module binds request bodies with
 * it; the store keeps report data in this form and hands out the typed report.
 */
package com.weeklyreview.store.json;
