/** Confluence: the xhtml-macros, the weekly-report blueprint's context provider and group members. */
package com.weeklyreview.atlassian.confluence;
