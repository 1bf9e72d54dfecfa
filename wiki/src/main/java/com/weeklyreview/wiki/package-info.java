/** The embedded default host: Apache JSPWiki with the plugin installed, in embedded Tomcat 9. */
package com.weeklyreview.wiki;
