/** The five-stage sales funnel (销售漏斗): counts, stage conversion, overall conversion, change and bottleneck. */
package com.weeklyreview.core.funnel;
