/** The KPI engine: sales attainment and gap, collections, new-customer tiers and channels, traffic lights. */
package com.weeklyreview.core.kpi;
