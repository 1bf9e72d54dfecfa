/** Spring wiring helpers for the plugin's own context (no Atlassian build plugin needed). */
package com.weeklyreview.atlassian.spring;
