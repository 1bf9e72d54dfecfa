package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * Stub mirroring the parts the glue uses of
 * {@code com.atlassian.confluence.content.render.xhtml.ConversionContext} (Confluence 9.2).
 * <p>
 * Checked against: confluence 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17); the real interface has more methods, so tests mock it.
 */
public interface ConversionContext {

    /** The content being rendered (the page), or null. */
    ContentEntityObject getEntity();

    /** The space key of the current context, or null. */
    String getSpaceKey();

    /** The output type: display, preview, email, pdf … */
    String getOutputType();
}
