package com.atlassian.sal.api.message;

import java.util.Locale;

/**
 * Stub mirroring the part the glue uses of {@code com.atlassian.sal.api.message.LocaleResolver} (SAL 6).
 * <p>
 * Checked against: sal-api 5.1.4 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public interface LocaleResolver {

    /** The locale of the current request's user. */
    Locale getLocale();
}
