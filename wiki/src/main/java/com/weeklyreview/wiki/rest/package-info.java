/** The REST module mounted inside the JSPWiki webapp at /rest/weekly-review/1.0 (Jersey servlet, see web-fragment.xml). */
package com.weeklyreview.wiki.rest;
