/** The weekly report as entered by a rep: its parts, the ISO week, and input validation that lists every bad field. */
package com.weeklyreview.core.report;
