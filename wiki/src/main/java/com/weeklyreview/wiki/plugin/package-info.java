/** JSPWiki plugins ({@code [{Name param='v'}]} markup), the wiki's equivalent of Confluence macros. */
package com.weeklyreview.wiki.plugin;
