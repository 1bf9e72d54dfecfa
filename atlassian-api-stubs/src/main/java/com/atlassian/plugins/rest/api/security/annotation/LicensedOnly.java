package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stub mirroring {@code com.atlassian.plugins.rest.api.security.annotation.LicensedOnly} of
 * atlassian-rest-v2-api (REST v2, platform 7: Confluence 9, Jira 10). Signed-in users holding a product licence (the default of secure-by-default REST v2, stated explicitly).
 * <p>
 * Checked against: the package and name as Atlassian's own "Platform 7 and REST v2 migration"
 * uses them (atlassian-labs/atlassian-slack-integration-server, commit 04af287, e.g.
 * {@code PluginInfoResource}); target and retention as the decompiled REST v1 annotation of the
 * same name in atlassian-rest-common 7.x ({@code TYPE, METHOD, PACKAGE}; {@code RUNTIME}).
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
@Retention(RetentionPolicy.RUNTIME)
public @interface LicensedOnly {
}
