/** The three-level review (三级审核): report states, who may move a report, and the recorded steps. */
package com.weeklyreview.core.review;
