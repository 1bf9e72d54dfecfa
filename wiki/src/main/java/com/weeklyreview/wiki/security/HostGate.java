package com.weeklyreview.wiki.security;

import com.weeklyreview.store.api.ReadScope;

import java.io.IOException;
import com.weeklyreview.rest.auth.Origins;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The embedded host's front door (a servlet {@code Filter}, installed first in the chain by the
 * launcher): only the paths the product needs answer, every response carries the security
 * headers, and a state-changing request from a page must come from the product's own origin.
 *
 * <p>Everything else JSPWiki's WAR contains — group, profile and preference pages, the
 * WYSIWYG converters, RSS, XML-RPC, Atom, the AJAX servlets, administration, blog and
 * workflow pages — answers 404 for every role. {@link #decide} is the whole rule; it is a pure
 * function so that tests can read it as a table.
 */
public final class HostGate implements Filter {

    /** The Content-Security-Policy of every response: only the product's own scripts run. */
    public static final String CSP = "default-src 'self'; script-src 'self'; "
            // JSPWiki's %%(…) markup and the widgets' SVG use style attributes; no script can run from a style.
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** The policy of an attachment: a sandbox with nothing allowed but images and styles. */
    public static final String ATTACHMENT_CSP = "sandbox; default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'";

    /** What the gate does with a request. */
    public enum Verdict {
        /** Pass it on. */
        PASS,
        /** Answer 404, as if the path did not exist. */
        NOT_FOUND,
        /** Answer 403: a state change from another origin (or none). */
        CROSS_ORIGIN,
        /** Answer 403 with the product's own page instead of JSPWiki's English one. */
        FORBIDDEN,
        /** Send a logged-in user from JSPWiki's log-in page back where they came from. */
        LOGGED_IN
    }

    /** Who is asking. */
    public enum Caller {
        /** Not logged in. */
        ANONYMOUS,
        /** A rep, a manager or a director. */
        USER,
        /** An administrator. */
        ADMIN
    }

    /** Pages every visitor may request: viewing (JSPWiki's ACLs decide which page), logging in and out. */
    private static final Set<String> PUBLIC = Set.of("/", "/Wiki.jsp", "/Login.jsp", "/Logout.jsp");

    /** Pages for logged-in users: editing, previewing and searching (JSPWiki's ACLs still decide per page). */
    private static final Set<String> LOGGED_IN_PAGES = Set.of("/Edit.jsp", "/Preview.jsp", "/PageModified.jsp",
            "/Search.jsp", "/Diff.jsp", "/PageInfo.jsp", "/templates/default/AJAXPreview.jsp",
            "/templates/default/AJAXSearch.jsp");

    /** Pages only administrators need. */
    private static final Set<String> ADMIN_PAGES = Set.of("/Delete.jsp");

    /** Folders of static files the pages load (never a JSP). */
    private static final List<String> STATIC = List.of("/templates/default/", "/scripts/", "/images/", "/favicons/",
            "/wsr/");

    /** The product's own servlets and the REST module. */
    private static final List<String> PRODUCT = List.of("/rest/weekly-review/1.0/", "/wsr/");

    /** Pages that would create the page they name when it does not exist yet. */
    private static final Set<String> CREATING = Set.of("/Edit.jsp", "/PageModified.jsp");

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final boolean uploads;

    /** Creates the gate; attachments are served only when uploads are switched on. */
    public HostGate() {
        this(Boolean.parseBoolean(System.getProperty("wsr.uploads", "false")));
    }

    /** Creates the gate with uploads on or off. */
    public HostGate(boolean uploads) {
        this.uploads = uploads;
    }

    private javax.servlet.ServletContext servletContext;
    private volatile Boolean pluginsGated;

    @Override
    public void init(javax.servlet.FilterConfig config) {
        servletContext = config.getServletContext();
    }

    /**
     * Fails closed: wiki pages are served only when the engine runs the product's plugin manager
     * (JSPWiki logs and skips an extra component it cannot start).
     */
    private boolean pluginsGated() {
        Boolean gated = pluginsGated;
        if (gated == null) {
            org.apache.wiki.api.core.Engine engine = org.apache.wiki.api.spi.Wiki.engine().find(servletContext, null);
            gated = engine.getManager(org.apache.wiki.plugin.PluginManager.class) instanceof ProductPluginManager
                    && engine.getManager(org.apache.wiki.variables.VariableManager.class) instanceof ProductVariableManager
                    && engine.getManager(org.apache.wiki.auth.acl.AclManager.class) instanceof ReportAcls
                    && engine.getManager(org.apache.wiki.filters.FilterManager.class).getFilterList().stream()
                            .anyMatch(FootnoteTextFilter.class::isInstance);
            pluginsGated = gated;
        }
        return gated;
    }

    @Override
    public void destroy() {
        // Nothing held.
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getCharacterEncoding() == null) {
            // Parameters are read here before JSPWiki sets its encoding: read them as the wiki does.
            request.setCharacterEncoding("UTF-8");
        }
        String path = path(request);
        // The REST module's log-in throttle counts failures per address too.
        request.setAttribute(com.weeklyreview.rest.internal.AuthFilter.REMOTE_ADDRESS, request.getRemoteAddr());
        headers(response, request.isSecure());
        if (path.startsWith("/attach/")) {
            // An uploaded file runs nothing, even when a browser shows it inline (CVE-2024-27136).
            response.setHeader("Content-Security-Policy", ATTACHMENT_CSP);
        }
        Caller caller = request.getUserPrincipal() == null ? Caller.ANONYMOUS
                : request.isUserInRole("admin") ? Caller.ADMIN : Caller.USER;
        Verdict verdict = decide(request.getMethod(), path, caller,
                Optional.ofNullable(request.getHeader("Origin")), Optional.ofNullable(request.getHeader("Referer")),
                ownOrigin(request), uploads);
        if (verdict == Verdict.PASS && servletContext != null && path.endsWith(".jsp") && !pluginsGated()) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (request.getParameter("skin") != null) {
            // JSPWiki would switch to its stock templates (inline scripts, other includes).
            verdict = Verdict.NOT_FOUND;
        }
        if (verdict == Verdict.PASS && CREATING.contains(path) && caller != Caller.ADMIN
                && !pageExists(request.getParameter("page"))) {
            // Pages are created by the product (a report by POST /reports), never through the editor.
            verdict = Verdict.FORBIDDEN;
        }
        switch (verdict) {
            case PASS -> {
                if (SAFE_METHODS.contains(request.getMethod())) {
                    // A view reads each report (and each page's access) once, however often JSPWiki's
                    // permission checks and the page's macros ask (see ReadScope).
                    try (ReadScope scope = ReadScope.open()) {
                        chain.doFilter(req, res);
                    }
                } else {
                    chain.doFilter(req, res);
                }
            }
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case CROSS_ORIGIN, FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case LOGGED_IN -> {
                // JSPWiki sends a logged-in user it refuses a page to its log-in page: answer 403 then,
                // not a redirect back to the page (which would loop).
                String page = request.getParameter("redirect");
                if (page != null && servletContext != null && !mayView(request, page)) {
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    response.sendRedirect(request.getContextPath() + returnTo(page));
                }
            }
        }
    }

    /**
     * Decides a request: the path allow-list by caller, then the origin of a state change. REST calls
     * check their own origin and media type ({@code AuthFilter}), since HTTP Basic and tokens need no
     * origin.
     */
    public static Verdict decide(String method, String path, Caller caller, Optional<String> origin,
                                 Optional<String> referer, String ownOrigin, boolean uploads) {
        if (path.contains("..") || path.contains("//") || path.contains(";") || path.contains("\\")) {
            return Verdict.NOT_FOUND;
        }
        boolean product = PRODUCT.stream().anyMatch(path::startsWith);
        if (!product && !SAFE_METHODS.contains(method) && !sameOrigin(origin, referer, ownOrigin)) {
            return Verdict.CROSS_ORIGIN;
        }
        if (product) {
            return Verdict.PASS;
        }
        if (path.equals("/error/Forbidden.html")) {
            return Verdict.FORBIDDEN;
        }
        if (path.equals("/Login.jsp") && caller != Caller.ANONYMOUS) {
            return Verdict.LOGGED_IN;
        }
        if (PUBLIC.contains(path)) {
            return Verdict.PASS;
        }
        if (STATIC.stream().anyMatch(path::startsWith) && !path.toLowerCase(Locale.ROOT).contains(".jsp")) {
            return Verdict.PASS;
        }
        if (caller != Caller.ANONYMOUS && LOGGED_IN_PAGES.contains(path)) {
            return Verdict.PASS;
        }
        if (caller == Caller.ADMIN && ADMIN_PAGES.contains(path)) {
            return Verdict.PASS;
        }
        if (uploads && caller != Caller.ANONYMOUS && (path.startsWith("/attach/") || path.equals("/Upload.jsp"))) {
            return Verdict.PASS;
        }
        return Verdict.NOT_FOUND;
    }

    private boolean mayView(HttpServletRequest request, String page) {
        org.apache.wiki.api.core.Engine engine = org.apache.wiki.api.spi.Wiki.engine().find(servletContext, null);
        org.apache.wiki.api.core.Session session = org.apache.wiki.api.spi.Wiki.session().find(engine, request);
        return engine.getManager(org.apache.wiki.auth.AuthorizationManager.class).checkPermission(session,
                new org.apache.wiki.auth.permissions.PagePermission(engine.getApplicationName() + ":" + page, "view"));
    }

    private boolean pageExists(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        org.apache.wiki.api.core.Engine engine = org.apache.wiki.api.spi.Wiki.engine().find(servletContext, null);
        return engine.getManager(org.apache.wiki.pages.PageManager.class).wikiPageExists(name);
    }

    /** Adds the security headers every response carries. */
    static void headers(HttpServletResponse response, boolean secure) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private static boolean sameOrigin(Optional<String> origin, Optional<String> referer, String own) {
        // A host form's state change must say where it comes from.
        return Origins.isOwn(Origins.claimed(origin.orElse(null), referer.orElse(null)), own, false);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return Origins.own(request.getScheme(), host == null ? request.getServerName() + ":" + request.getServerPort() : host);
    }

    /** The path as the container maps it: decoded and normalised, path parameters removed. */
    private static String path(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.isEmpty() ? "/" : path;
    }

    /** Returns a local page to go back to after log-in: a wiki page name, never another site. */
    static String returnTo(String page) {
        if (page == null || !page.matches("[\\p{L}\\p{N}_.\\-]{1,200}")) {
            return "/";
        }
        return "/Wiki.jsp?page=" + java.net.URLEncoder.encode(page, java.nio.charset.StandardCharsets.UTF_8);
    }
}
