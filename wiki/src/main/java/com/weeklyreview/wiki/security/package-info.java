/** Hardening of the embedded JSPWiki 2.11.2 against its published advisories (see README, Security). */
package com.weeklyreview.wiki.security;
