package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * Stub mirroring the parts the glue uses of
 * {@code com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext}
 * (Confluence 9.2 create-content API): the variables a blueprint's {@code at:var} placeholders read.
 * <p>
 * Checked against: confluence-create-content-plugin 8.7.2 (the decompiled Confluence 8.7.2 jars read for issue 17): a map-backed class with {@code setTitle} but no {@code getTitle}.
 */
public class BlueprintContext {

    private final Map<String, Object> map = new HashMap<>();
    private String spaceKey;
    @SuppressWarnings("unused") // the real class keeps it internally; the stub offers no getter either
    private String title;

    public BlueprintContext() {
    }

    public void put(String key, Object value) {
        map.put(key, value);
    }

    public Object get(String key) {
        return map.get(key);
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSpaceKey() {
        return spaceKey;
    }
}
