/** The page macros, host-neutral: every host (JSPWiki, Confluence) adapts its macro call to {@link com.weeklyreview.rest.macro.Macros}. */
package com.weeklyreview.rest.macro;
