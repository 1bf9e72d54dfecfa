/** The CRM import pipeline: streaming CSV and JSON, per-row errors, idempotent upserts one transaction per batch. */
package com.weeklyreview.store.imports;
