package com.atlassian.confluence.core;

/**
 * Stub mirroring the part the glue uses of {@code com.atlassian.confluence.core.ContentEntityObject}
 * (Confluence 9.2): an abstract class; the glue reads the title only.
 */
public abstract class ContentEntityObject {

    public abstract String getTitle();
}
