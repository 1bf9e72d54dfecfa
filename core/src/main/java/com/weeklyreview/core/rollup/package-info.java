/** Rollups for managers and directors: per-person, per-week facts aggregated into team and quarter views. */
package com.weeklyreview.core.rollup;
