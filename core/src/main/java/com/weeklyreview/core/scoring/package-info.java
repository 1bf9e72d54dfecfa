/** The composite score (综合评分), the mapping of each sub-metric to 0–100, grades, and the report-quality rubric. */
package com.weeklyreview.core.scoring;
