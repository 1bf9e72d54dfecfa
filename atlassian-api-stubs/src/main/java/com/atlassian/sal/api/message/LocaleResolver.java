package com.atlassian.sal.api.message;

import java.util.Locale;

/** Stub mirroring the part the glue uses of {@code com.atlassian.sal.api.message.LocaleResolver} (SAL 6). */
public interface LocaleResolver {

    /** The locale of the current request's user. */
    Locale getLocale();
}
