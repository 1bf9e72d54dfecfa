package com.weeklyreview.wiki.launcher;

import com.weeklyreview.wiki.HostConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.LoginConfig;
import org.apache.tomcat.util.descriptor.web.SecurityCollection;
import org.apache.tomcat.util.descriptor.web.SecurityConstraint;
import com.weeklyreview.rest.auth.UserStore;
import com.weeklyreview.wiki.ProductUsers;
import org.apache.tomcat.util.scan.StandardJarScanner;

/**
 * Starts the product: embedded Tomcat 9 serving the exploded JSPWiki webapp (with the plugin in
 * its {@code WEB-INF/lib}) at the root context, configured from {@link HostConfig}.
 */
public final class Launcher {

    private static final List<String> DEMO_PAGES = List.of("Main", "WeeklySalesReview", "LeftMenu", "LeftMenuFooter");
    /** The pages every install needs: the drill-down, regions and sample pages (their macros read the request). */
    private static final List<String> PRODUCT_PAGES = List.of("WsrDrill", "WsrRegions", "WsrSample");

    private final HostConfig config;
    private final Path webapp;
    private Tomcat tomcat;

    /** Creates a launcher for a configuration and an exploded webapp. */
    public Launcher(HostConfig config, Path webapp) {
        this.config = config;
        this.webapp = webapp;
    }

    /** Starts the server from the environment and waits until it is stopped. */
    public static void main(String[] args) throws Exception {
        HostConfig config = HostConfig.fromEnvironment();
        Launcher launcher = new Launcher(config, webappDir());
        launcher.start();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "wsr-shutdown"));
        System.out.printf("Weekly Sales Review is up at http://%s:%d/ (data in %s%s)%n", config.host(),
                launcher.port(), config.dataDir(), config.demo() ? ", demo users with password 'demo'" : "");
        launcher.tomcat.getServer().await();
    }

    /** Starts Tomcat; returns once the webapp is deployed. */
    public void start() throws IOException, LifecycleException {
        Files.createDirectories(config.dataDir());
        Path custom = writeWikiConfig();
        Files.createDirectories(config.dataDir().resolve("pages"));
        seedPages(PRODUCT_PAGES);
        if (config.demo()) {
            seedPages(DEMO_PAGES);
        }
        // The webapp builds its services from these (see WikiRestApplication).
        System.setProperty("wsr.data", config.dataDir().toString());
        System.setProperty("wsr.demo", Boolean.toString(config.demo()));

        tomcat = new Tomcat();
        tomcat.setBaseDir(config.dataDir().resolve("tomcat").toString());
        Connector connector = new Connector();
        connector.setPort(config.port());
        connector.setProperty("address", config.host());
        connector.setURIEncoding(StandardCharsets.UTF_8.name());
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);

        boolean uploads = Boolean.parseBoolean(HostConfig.setting("WSR_UPLOADS").orElse("false"));
        System.setProperty("wsr.uploads", Boolean.toString(uploads));
        // No stack trace or server version on any page the container itself answers.
        org.apache.catalina.core.StandardHost host = (org.apache.catalina.core.StandardHost) tomcat.getHost();
        host.setErrorReportValveClass(QuietErrorValve.class.getName());
        Context context = tomcat.addWebapp("", webapp.toAbsolutePath().toString());
        context.addParameter("jspwiki.custom.config", custom.toString());
        org.apache.tomcat.util.http.Rfc6265CookieProcessor cookies = new org.apache.tomcat.util.http.Rfc6265CookieProcessor();
        cookies.setSameSiteCookies("lax");
        context.setCookieProcessor(cookies);
        context.setUseHttpOnly(true);
        context.getPipeline().addValve(new LoginThrottleValve());
        context.addLifecycleListener(event -> {
            // After ContextConfig has read JSPWiki's web.xml: the gate goes first, error pages are ours.
            if (org.apache.catalina.Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                gateAndErrorPages(context);
            }
        });
        secure(context, ProductUsers.of(config));
        StandardJarScanner scanner = new StandardJarScanner();
        scanner.setScanClassPath(false);
        scanner.setScanManifest(false);
        context.setJarScanner(scanner);
        tomcat.start();
    }

    /**
     * Log-in goes through the container against the product's user store (FORM log-in at
     * {@code /wsr/login.html}); the pages only logged-in users may open send visitors there first.
     */
    private static void gateAndErrorPages(Context context) {
        org.apache.tomcat.util.descriptor.web.FilterDef gate = new org.apache.tomcat.util.descriptor.web.FilterDef();
        gate.setFilterName("wsr-host-gate");
        gate.setFilterClass("com.weeklyreview.wiki.security.HostGate");
        gate.setAsyncSupported("true");
        context.addFilterDef(gate);
        org.apache.tomcat.util.descriptor.web.FilterMap map = new org.apache.tomcat.util.descriptor.web.FilterMap();
        map.setFilterName("wsr-host-gate");
        map.addURLPattern("/*");
        map.setDispatcher("REQUEST");
        context.addFilterMapBefore(map);
        for (int status : new int[] {400, 401, 403, 404, 405, 408, 413, 414, 415, 429, 500, 501, 502, 503}) {
            org.apache.tomcat.util.descriptor.web.ErrorPage page = new org.apache.tomcat.util.descriptor.web.ErrorPage();
            page.setErrorCode(status);
            page.setLocation("/wsr/error");
            context.addErrorPage(page);
        }
        org.apache.tomcat.util.descriptor.web.ErrorPage any = new org.apache.tomcat.util.descriptor.web.ErrorPage();
        any.setExceptionType(Throwable.class.getName());
        any.setLocation("/wsr/error");
        context.addErrorPage(any);
    }

    private static void secure(Context context, UserStore users) {
        context.setRealm(new UserStoreRealm(users));
        LoginConfig login = new LoginConfig();
        login.setAuthMethod("FORM");
        login.setLoginPage("/wsr/login.html");
        login.setErrorPage("/wsr/login.html?error=1");
        context.setLoginConfig(login);
        // A log-in from the log-in page itself (bookmarked, or opened from the help page) lands on
        // the front page instead of the container's "log-in took too long" error.
        org.apache.catalina.authenticator.FormAuthenticator form = new org.apache.catalina.authenticator.FormAuthenticator();
        form.setLandingPage("/Wiki.jsp?page=Main");
        context.getPipeline().addValve(form);
        for (String role : List.of("rep", "manager", "director", "admin", "Authenticated", "Admin")) {
            context.addSecurityRole(role);
        }
        SecurityConstraint loggedIn = new SecurityConstraint();
        loggedIn.addAuthRole("Authenticated");
        SecurityCollection pages = new SecurityCollection();
        for (String pattern : List.of("/Login.jsp", "/Edit.jsp", "/Preview.jsp", "/PageModified.jsp", "/Search.jsp",
                "/Diff.jsp", "/PageInfo.jsp", "/Delete.jsp", "/Upload.jsp", "/attach/*")) {
            pages.addPattern(pattern);
        }
        loggedIn.addCollection(pages);
        context.addConstraint(loggedIn);
        // Everything else JSPWiki's WAR offers is closed by HostGate (deny by default).
    }

    /** Returns the port actually bound (useful when 0 was asked for). */
    public int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** Stops the server. */
    public void stop() {
        try {
            if (tomcat != null) {
                tomcat.stop();
                tomcat.destroy();
            }
        } catch (LifecycleException e) {
            throw new IllegalStateException("Tomcat did not stop cleanly", e);
        }
    }

    private Path writeWikiConfig() throws IOException {
        Path data = config.dataDir();
        Properties p = new Properties();
        p.setProperty("jspwiki.applicationName", "Weekly Sales Review");
        p.setProperty("jspwiki.pageProvider", "VersioningFileProvider");
        p.setProperty("jspwiki.fileSystemProvider.pageDir", data.resolve("pages").toString());
        p.setProperty("jspwiki.basicAttachmentProvider.storageDir", data.resolve("attachments").toString());
        p.setProperty("jspwiki.workDir", data.resolve("work").toString());
        p.setProperty("jspwiki.xmlUserDatabaseFile", data.resolve("userdatabase.xml").toString());
        p.setProperty("jspwiki.xmlGroupDatabaseFile", data.resolve("groupdatabase.xml").toString());
        p.setProperty("jspwiki.frontPage", "Main");
        p.setProperty("jspwiki.plugin.searchPath", "com.weeklyreview.wiki.plugin");
        p.setProperty("jspwiki.encoding", "UTF-8");
        // Only the container logs users in (against the product's user store): JSPWiki's own
        // password log-in can never succeed, so its user database cannot be used to impersonate.
        p.setProperty("jspwiki.loginModule.class", "org.apache.wiki.auth.login.AnonymousLoginModule");
        // Page permissions from the product's users and reports; the least policy beneath them.
        p.setProperty("jspwiki.aclManager", "com.weeklyreview.wiki.security.ReportAcls");
        p.setProperty("jspwiki.authorizer", "com.weeklyreview.wiki.security.ProductRoles");
        p.setProperty("jspwiki.policy.file",
                Boolean.parseBoolean(HostConfig.setting("WSR_UPLOADS").orElse("false")) ? "wsr-uploads.policy" : "wsr.policy");
        p.setProperty("jspwiki.filterConfig", writeFilters(data).toString());
        p.setProperty("jspwiki.rss.generate", "false");
        // Search works a few seconds after start, not a minute.
        p.setProperty("jspwiki.lucene.initialdelay", "3");
        // The "wsr" template: its own page head (no inline script); everything else from JSPWiki's default.
        p.setProperty("jspwiki.templateDir", "wsr");
        p.setProperty("jspwiki.translatorReader.allowHTML", "false");
        // JSPWiki's own user and group databases are not used: users and roles come from the product's store.
        Files.writeString(data.resolve("userdatabase.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<users/>\n");
        Files.writeString(data.resolve("groupdatabase.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<groups/>\n");
        p.setProperty("appender.rolling.fileName", data.resolve("logs/jspwiki.log").toString());
        p.setProperty("appender.rolling.filePattern", data.resolve("logs/jspwiki-%d{yyyy-MM-dd}-%i.log.gz").toString());
        Files.createDirectories(data.resolve("pages"));
        Path file = data.resolve("jspwiki-custom.properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "Written by the Weekly Sales Review launcher at every start; edit HostConfig settings instead.");
        }
        return file;
    }

    private static Path writeFilters(Path data) throws IOException {
        Path file = data.resolve("filters.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<pagefilters>\n  <filter><class>"
                + "com.weeklyreview.wiki.security.FootnoteTextFilter</class></filter>\n</pagefilters>\n", StandardCharsets.UTF_8);
        return file;
    }

    private void seedPages(List<String> pages) throws IOException {
        for (String page : pages) {
            Path target = config.dataDir().resolve("pages").resolve(page + ".txt");
            if (Files.exists(target)) {
                continue;
            }
            try (InputStream in = Launcher.class.getResourceAsStream("/com/weeklyreview/wiki/demo/" + page + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("demo page " + page + " is missing from the jar");
                }
                Files.copy(in, target);
            }
        }
    }

    private static Path webappDir() {
        return HostConfig.setting("WSR_WEBAPP").map(Path::of).orElseGet(() -> {
            try {
                Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return jar.getParent().resolveSibling("webapp");
            } catch (URISyntaxException e) {
                throw new UncheckedIOException(new IOException("cannot locate the launcher jar", e));
            }
        });
    }
}
