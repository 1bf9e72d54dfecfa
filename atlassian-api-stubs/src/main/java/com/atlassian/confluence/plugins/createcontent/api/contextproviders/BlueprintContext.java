package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * Stub mirroring the parts the glue uses of
 * {@code com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext}
 * (Confluence 9.2 create-content API): the variables a blueprint's {@code at:var} placeholders read.
 */
public class BlueprintContext {

    private final Map<String, Object> map = new HashMap<>();
    private String title;
    private String spaceKey;

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

    public String getTitle() {
        return title;
    }

    public String getSpaceKey() {
        return spaceKey;
    }
}
