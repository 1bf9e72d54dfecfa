/** Tracked items, the two issue types "Sales problem" (销售问题) and "Action item" (行动项): status workflow, permissions, closed-loop rate. */
package com.weeklyreview.core.items;
