/** One place computes every number: a report's {@code Evaluation}, shown alike by pages, REST, exports and rollups. */
package com.weeklyreview.core.evaluation;
