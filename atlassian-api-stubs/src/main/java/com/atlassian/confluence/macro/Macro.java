package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Stub mirroring {@code com.atlassian.confluence.macro.Macro} of the Confluence 9.2 Java API
 * (unchanged since Confluence 4.0): an XHTML macro of the {@code xhtml-macro} module.
 * <p>
 * Checked against: confluence 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17); unchanged since Confluence 4.
 */
public interface Macro {

    /** Mirrors {@code Macro.BodyType}. */
    enum BodyType { NONE, PLAIN_TEXT, RICH_TEXT }

    /** Mirrors {@code Macro.OutputType}. */
    enum OutputType { BLOCK, INLINE }

    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();
}
