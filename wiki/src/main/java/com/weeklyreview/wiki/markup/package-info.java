/**
 * Writing JSPWiki markup safely: every value placed into wiki page text goes through
 * {@link com.weeklyreview.wiki.markup.WikiText#literal}. Below the host's security and its pages,
 * so both use it without a cycle between them.
 */
package com.weeklyreview.wiki.markup;
