package com.weeklyreview.wiki.security;

import java.util.Properties;
import org.apache.wiki.api.core.Engine;
import org.apache.wiki.auth.authorize.Role;
import org.apache.wiki.auth.authorize.WebContainerAuthorizer;

/**
 * JSPWiki's {@code Authorizer} for this host ({@code jspwiki.authorizer}): JSPWiki learns the roles
 * the container manages from the security roles of its web.xml, which its WAR ships commented out;
 * here the container (the product's user store) gives administrators the role {@code Admin}, and
 * this authorizer tells JSPWiki so, so that the policy's {@code AllPermission} for {@code Admin}
 * reaches them. No other role is taken from the container: ACLs name users.
 */
public final class ProductRoles extends WebContainerAuthorizer {

    @Override
    public void initialize(Engine engine, Properties props) {
        super.initialize(engine, props);
        m_containerRoles = new Role[] {new Role("Admin")};
    }
}
