package com.weeklyreview.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Installs the packaged plugin jar into Apache Felix next to a bundle exporting the packages
 * Confluence 9.2 or Jira 10 export to plugins, and checks that every bundle resolves with all of
 * the plugin's mandatory imports wired, and the host product's own (optional) packages wired too.
 * <p>
 * What the host exports, and where that comes from (versions: the platform-7 component versions
 * named below; where no public source gave the exact version, a version inside the range the
 * plugin imports is used and the README says it is unverified):
 * <ul>
 *   <li>SAL ({@code com.atlassian.sal.api.*}), Active Objects ({@code com.atlassian.activeobjects.external},
 *       {@code net.java.ao}, {@code net.java.ao.schema}), Spring ({@code org.springframework.beans.*}),
 *       Commons Lang 3, SLF4J, {@code javax.inject}, {@code javax.annotation}, {@code javax.ws.rs*}
 *       and {@code com.atlassian.plugins.rest.api*}: imported as mandatory by Atlassian's own Jira 10
 *       plugin after its "Platform 7 and REST v2 migration" (atlassian-labs/atlassian-slack-integration-server,
 *       jira-slack-server-integration-plugin/pom.xml at 905fcd8, Import-Package), so Jira 10 exports them;
 *       Confluence 9 runs the same platform 7. Active Objects 6.1.1 and platform 7.0.0: the
 *       platform-module-usage wiki (bitbucket.org/atlassian/platform-module-usage, "Jira master").</li>
 *   <li>Jackson 2 ({@code com.fasterxml.jackson.*}): REST v2's JSON binding; the same migration made
 *       jackson-databind a provided dependency.</li>
 *   <li>Product packages: the Confluence 9.2 / Jira 10.0 Java API packages the glue uses.</li>
 * </ul>
 * Not exported by this host, on purpose: {@code net.java.ao.builder}, {@code net.java.ao.db},
 * {@code net.java.ao.schema.info} (Active Objects' internals; the plugin imports them optionally).
 */
class HostResolutionIT {

    /** Exported by both products: package → version. */
    static final Map<String, String> PLATFORM_7 = new LinkedHashMap<>();
    static final Map<String, String> CONFLUENCE_9_2 = new LinkedHashMap<>();
    static final Map<String, String> JIRA_10 = new LinkedHashMap<>();

    static {
        for (String p : List.of("com.atlassian.sal.api", "com.atlassian.sal.api.lifecycle", "com.atlassian.sal.api.message",
                "com.atlassian.sal.api.transaction", "com.atlassian.sal.api.user")) {
            PLATFORM_7.put(p, "6.0.0");
        }
        PLATFORM_7.put("com.atlassian.activeobjects.external", "6.1.1");
        PLATFORM_7.put("net.java.ao", "6.1.1");
        PLATFORM_7.put("net.java.ao.schema", "6.1.1");
        PLATFORM_7.put("com.atlassian.plugins.rest.api.security.annotation", "8.0.0");
        for (String p : List.of("com.fasterxml.jackson.annotation", "com.fasterxml.jackson.core", "com.fasterxml.jackson.core.util",
                "com.fasterxml.jackson.databind", "com.fasterxml.jackson.databind.cfg", "com.fasterxml.jackson.databind.deser.std",
                "com.fasterxml.jackson.databind.introspect", "com.fasterxml.jackson.databind.jsonFormatVisitors",
                "com.fasterxml.jackson.databind.jsontype", "com.fasterxml.jackson.databind.jsontype.impl",
                "com.fasterxml.jackson.databind.node", "com.fasterxml.jackson.databind.ser.std", "com.fasterxml.jackson.databind.type",
                "com.fasterxml.jackson.databind.util", "com.fasterxml.jackson.databind.module", "com.fasterxml.jackson.databind.ser",
                "com.fasterxml.jackson.databind.deser", "com.fasterxml.jackson.core.type", "com.fasterxml.jackson.core.io")) {
            PLATFORM_7.put(p, "2.16.1");
        }
        PLATFORM_7.put("org.slf4j", "1.7.36");
        for (String p : List.of("org.apache.commons.lang3", "org.apache.commons.lang3.reflect", "org.apache.commons.lang3.tuple",
                "org.apache.commons.lang3.builder", "org.apache.commons.lang3.text", "org.apache.commons.lang3.exception",
                "org.apache.commons.lang3.time", "org.apache.commons.lang3.math")) {
            PLATFORM_7.put(p, "3.14.0");
        }
        for (String p : List.of("org.springframework.beans", "org.springframework.beans.factory",
                "org.springframework.beans.factory.config", "org.springframework.beans.factory.support",
                "org.springframework.core", "org.springframework.core.io", "org.springframework.util")) {
            PLATFORM_7.put(p, "5.3.39");
        }
        PLATFORM_7.put("javax.inject", "1.0.0");
        PLATFORM_7.put("javax.annotation", "1.3.5");
        for (String p : List.of("javax.ws.rs", "javax.ws.rs.container", "javax.ws.rs.core", "javax.ws.rs.ext")) {
            PLATFORM_7.put(p, "2.1.6");
        }
        for (String p : List.of("com.atlassian.confluence.macro", "com.atlassian.confluence.content.render.xhtml",
                "com.atlassian.confluence.core", "com.atlassian.confluence.user",
                "com.atlassian.confluence.plugins.createcontent.api.contextproviders", "com.atlassian.user")) {
            CONFLUENCE_9_2.put(p, "9.2.0");
        }
        for (String p : List.of("com.atlassian.jira.avatar", "com.atlassian.jira.config", "com.atlassian.jira.icon",
                "com.atlassian.jira.issue", "com.atlassian.jira.issue.context", "com.atlassian.jira.issue.customfields",
                "com.atlassian.jira.issue.fields", "com.atlassian.jira.issue.issuetype", "com.atlassian.jira.security.groups")) {
            JIRA_10.put(p, "10.0.0");
        }
        JIRA_10.put("org.ofbiz.core.entity", "1.0.0");
    }

    @TempDir
    Path cache;

    private static Path pluginJar() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("weekly-review-atlassian-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("run after package: no plugin jar in target/"));
        }
    }

    private static InputStream hostBundle(String name, Map<String, String> exports) throws Exception {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        a.putValue(Constants.BUNDLE_SYMBOLICNAME, name);
        a.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        List<String> clauses = new ArrayList<>();
        exports.forEach((p, v) -> clauses.add(p + ";version=\"" + v + "\""));
        a.putValue(Constants.EXPORT_PACKAGE, String.join(",", clauses));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"confluence", "jira"})
    void thePluginResolvesWithEveryMandatoryImportWiredToTheHost(String product) throws Exception {
        Map<String, String> exports = new LinkedHashMap<>(PLATFORM_7);
        exports.putAll(product.equals("confluence") ? CONFLUENCE_9_2 : JIRA_10);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        Framework felix = new FrameworkFactory().newFramework(config);
        felix.init();
        try {
            Bundle host = felix.getBundleContext().installBundle("host:" + product, hostBundle(product + ".host", exports));
            Bundle plugin;
            try (InputStream in = Files.newInputStream(pluginJar())) {
                plugin = felix.getBundleContext().installBundle("plugin", in);
            }
            felix.start();
            boolean resolved = felix.adapt(FrameworkWiring.class).resolveBundles(List.of(host, plugin));

            assertThat(resolved).as("every bundle resolves").isTrue();
            assertThat(plugin.getState()).isEqualTo(Bundle.RESOLVED);
            BundleWiring wiring = plugin.adapt(BundleWiring.class);
            Map<String, Bundle> wired = new HashMap<>();
            for (BundleWire w : wiring.getRequiredWires("osgi.wiring.package")) {
                wired.put((String) w.getCapability().getAttributes().get("osgi.wiring.package"), w.getProvider().getBundle());
            }
            List<String> mandatory = new ArrayList<>();
            wiring.getRevision().getRequirements("osgi.wiring.package").forEach(r -> {
                if (!"optional".equals(r.getDirectives().get("resolution"))) {
                    String filter = r.getDirectives().get("filter");
                    mandatory.add(filter.replaceAll(".*osgi.wiring.package=([^)]*)\\).*", "$1"));
                }
            });
            assertThat(mandatory).isNotEmpty().allSatisfy(p -> assertThat(wired).as(p).containsKey(p));
            assertThat(mandatory).contains("com.atlassian.activeobjects.external", "com.atlassian.sal.api.user",
                    "com.fasterxml.jackson.databind", "org.slf4j", "org.apache.commons.lang3",
                    "com.atlassian.plugins.rest.api.security.annotation")
                    .doesNotContain("net.java.ao.builder", "net.java.ao.db");
            // The product's own API is wired (optional imports wire when the host exports them) ...
            String own = product.equals("confluence") ? "com.atlassian.confluence.macro" : "com.atlassian.jira.config";
            assertThat(wired.get(own)).isEqualTo(host);
            // ... and the other product's is not, which is what ProductBeans then sees.
            assertThat(wired).doesNotContainKey(product.equals("confluence") ? "com.atlassian.jira.config"
                    : "com.atlassian.confluence.macro");
            // Host-provided libraries come from the host, not from a copy in the jar.
            assertThat(wired.get("com.fasterxml.jackson.databind")).isEqualTo(host);
            assertThat(plugin.loadClass("com.weeklyreview.rest.HealthResource").getClassLoader())
                    .as("resources are in the bundle's own class path").isEqualTo(wiring.getClassLoader());
        } finally {
            felix.stop();
            felix.waitForStop(10_000);
        }
    }
}
