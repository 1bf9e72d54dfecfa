package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/**
 * Stub mirroring {@code AbstractBlueprintContextProvider} of the Confluence 9.2 create-content API:
 * a blueprint's context provider fills the template's variables.
 * <p>
 * Checked against: confluence-create-content-plugin 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17).
 */
public abstract class AbstractBlueprintContextProvider {

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
