package com.weeklyreview.atlassian.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import java.util.Map;

/**
 * Confluence's {@link Macro} extension point ({@code xhtml-macro} modules): no body, block output;
 * each subclass names its macro in {@link com.weeklyreview.application.macro.MacroCatalog}, and the
 * rendering is the shared one, so Confluence draws what the wiki draws. The subclasses
 * ({@code ScorecardMacro} …) and their modules are generated from the catalogue at build time
 * ({@code atlassian/src/generator/GenerateCatalogue.java}): Confluence makes one object per module from
 * its class and does not tell a macro its name.
 */
public abstract class ConfluenceMacro implements Macro {

    private final ConfluenceMacroHost host;
    private final String name;

    /** Creates the macro {@code name} over the host. */
    protected ConfluenceMacro(ConfluenceMacroHost host, String name) {
        this.host = host;
        this.name = name;
    }

    /** Returns the macro's name in the catalogue. */
    public String name() {
        return name;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return host.render(name, parameters, context);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
