/** Jira: the "Sales problem" and "Action item" issue types, group members, and the tracked-item ↔ issue mapping. */
package com.weeklyreview.atlassian.jira;
