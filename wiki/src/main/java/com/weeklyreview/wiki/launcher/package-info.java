/** Starts embedded Tomcat 9 with the JSPWiki webapp that has the plugin installed; README's main command runs it. */
package com.weeklyreview.wiki.launcher;
