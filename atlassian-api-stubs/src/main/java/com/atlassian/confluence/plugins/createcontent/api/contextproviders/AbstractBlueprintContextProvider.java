package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

/**
 * Stub mirroring {@code AbstractBlueprintContextProvider} of the Confluence 9.2 create-content API:
 * a blueprint's context provider fills the template's variables.
 */
public abstract class AbstractBlueprintContextProvider {

    protected abstract BlueprintContext updateBlueprintContext(BlueprintContext context);
}
