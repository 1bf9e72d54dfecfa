/** The page macros, host-neutral: every host (JSPWiki, Confluence) adapts its macro call to {@link com.weeklyreview.application.macro.Macros}. */
package com.weeklyreview.application.macro;
