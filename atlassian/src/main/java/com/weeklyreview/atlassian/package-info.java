/** The Atlassian Data Center host: Confluence and Jira adapters over core, widgets, store and rest. */
package com.weeklyreview.atlassian;
