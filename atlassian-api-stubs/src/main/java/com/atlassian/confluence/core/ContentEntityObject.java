package com.atlassian.confluence.core;

/**
 * Stub mirroring the part the glue uses of {@code com.atlassian.confluence.core.ContentEntityObject}
 * (Confluence 9.2): an abstract class (many more members there); the glue reads the title only.
 * <p>
 * Checked against: confluence 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17); a large abstract class there, so tests mock it rather than subclass it.
 */
public abstract class ContentEntityObject {

    private String title;

    public String getTitle() {
        return title;
    }
}
