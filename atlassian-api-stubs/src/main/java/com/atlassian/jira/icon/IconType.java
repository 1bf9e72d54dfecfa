package com.atlassian.jira.icon;

/**
 * Stub mirroring {@code com.atlassian.jira.icon.IconType} (Jira 10): the kinds of avatar.
 * <p>
 * Checked against: the Jira 10.0 Java API (jira-api javadoc).
 */
public final class IconType {

    public static final IconType ISSUE_TYPE_ICON_TYPE = new IconType("issuetype");

    private final String key;

    private IconType(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }
}
