package com.weeklyreview.wiki.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.filters.BasePageFilter;

/**
 * Closes CVE-2025-24853 in JSPWiki 2.11.2's parser (a JSPWiki {@code PageFilter}, registered in
 * filters.xml): the text of a footnote link ({@code [text|#1]}) or of a reference to one
 * ({@code [text|1]}) reaches the page as raw HTML. The fix JSPWiki shipped in 2.12.3 escapes that
 * text; this filter does the same before the parser sees it, by writing {@code < > " &} of such link
 * texts as character references, which the parser passes through as text. Filters cannot be
 * switched off on this host ({@code jspwiki.runFilters} is not a variable a page or request can set,
 * see {@link ProductVariableManager}).
 */
public final class FootnoteTextFilter extends BasePageFilter {

    // [text|#anchor], [text|12], optionally followed by |attributes; [[ is escaped text in JSPWiki.
    private static final Pattern FOOTNOTE_LINK = Pattern.compile(
            "(?<![\\[~])\\[([^\\[\\]|]*)\\|(\\s*(?:#[^\\]|]*|\\d+)\\s*(?:\\|[^\\]]*)?)\\]");

    @Override
    public String preTranslate(Context context, String content) {
        return escape(content);
    }

    /** Returns the page text with the footnote link texts escaped. */
    public static String escape(String content) {
        if (content == null || content.indexOf('|') < 0) {
            return content;
        }
        Matcher m = FOOTNOTE_LINK.matcher(content);
        StringBuilder out = new StringBuilder(content.length());
        while (m.find()) {
            String text = m.group(1).replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")
                    .replace("\"", "&#34;");
            m.appendReplacement(out, Matcher.quoteReplacement("[" + text + "|" + m.group(2) + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
