package com.weeklyreview.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.weeklyreview.application.macro.MacroCatalog;
import com.weeklyreview.application.macro.MacroCatalog.MacroSpec;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.ws.rs.ext.Provider;
import javax.xml.parsers.DocumentBuilderFactory;
import net.java.ao.RawEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Checks the packaged plugin jar (after {@code package}): every class {@code atlassian-plugin.xml}
 * names is in the jar and implements what its module type requires, every wiki macro is here
 * with the same parameters, the Active Objects names fit Atlassian's 30-character limit, the i18n
 * bundles carry every macro text in English and Chinese, the OSGi manifest is there, and no API
 * stub went into the jar.
 */
class DescriptorIT {

    private static JarFile jar;
    private static final Set<String> ROOT = new HashSet<>();
    private static final Map<String, Set<String>> EMBEDDED = new HashMap<>();
    private static Descriptor descriptor;

    @BeforeAll
    static void open() throws Exception {
        Path built;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            built = files.filter(p -> p.getFileName().toString().matches("weekly-review-atlassian-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("run after package: no plugin jar in target/"));
        }
        jar = new JarFile(built.toFile());
        jar.stream().forEach(e -> ROOT.add(e.getName()));
        for (String name : ROOT) {
            if (name.startsWith("META-INF/lib/") && name.endsWith(".jar")) {
                Set<String> entries = new HashSet<>();
                try (JarInputStream in = new JarInputStream(jar.getInputStream(jar.getEntry(name)))) {
                    for (var e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                        entries.add(e.getName());
                    }
                }
                EMBEDDED.put(name, entries);
            }
        }
        try (InputStream in = jar.getInputStream(jar.getEntry("atlassian-plugin.xml"))) {
            descriptor = Descriptor.parse(in);
        }
    }

    private static boolean inJar(String className) {
        String path = className.replace('.', '/') + ".class";
        return ROOT.contains(path) || EMBEDDED.values().stream().anyMatch(e -> e.contains(path));
    }

    private static void assertClass(String className, Class<?> required) throws ClassNotFoundException {
        assertThat(inJar(className)).as(className + " is in the plugin jar").isTrue();
        Class<?> type = Class.forName(className);
        assertThat(required.isAssignableFrom(type)).as(className + " is a " + required.getName()).isTrue();
        assertThat(Modifier.isAbstract(type.getModifiers())).as(className + " can be instantiated").isFalse();
    }

    @Test
    void everyClassTheDescriptorNamesIsInTheJarAndHasTheRequiredType() throws Exception {
        for (Element macro : descriptor.modules("xhtml-macro")) {
            assertClass(macro.getAttribute("class"), Macro.class);
        }
        for (Element provider : descriptor.modules("context-provider")) {
            assertClass(provider.getAttribute("class"), AbstractBlueprintContextProvider.class);
        }
        for (Element entity : descriptor.modules("entity")) {
            String name = entity.getTextContent().strip();
            assertThat(inJar(name)).as(name).isTrue();
            assertThat(RawEntity.class.isAssignableFrom(Class.forName(name))).as(name).isTrue();
        }
        assertThat(descriptor.modules("xhtml-macro")).hasSize(MacroCatalog.MACROS.size());
    }

    @Test
    void everyCatalogueMacroIsAConfluenceMacroWithTheSameParameters() throws Exception {
        Map<String, List<String>> confluence = new HashMap<>();
        for (Element macro : descriptor.modules("xhtml-macro")) {
            List<String> params = new ArrayList<>();
            Descriptor.children(macro, "parameter").forEach(p -> params.add(p.getAttribute("name")));
            confluence.put(macro.getAttribute("name"), params);
            assertThat(macro.getAttribute("application")).isEqualTo("confluence");
            String name = macro.getAttribute("name");
            assertThat(macro.getAttribute("key")).isEqualTo(name + "-macro");
            MacroSpec spec = MacroCatalog.find(name).orElseThrow(() -> new AssertionError(name + " is in the catalogue"));
            // The generated class renders the catalogue macro of its module's name.
            Class<?> type = Class.forName(macro.getAttribute("class"));
            assertThat(type.getSimpleName()).isEqualTo(spec.name() + "Macro");
            Object instance = type.getConstructor(com.weeklyreview.atlassian.confluence.ConfluenceMacroHost.class)
                    .newInstance((Object) null);
            assertThat(((com.weeklyreview.atlassian.confluence.ConfluenceMacro) instance).name()).isEqualTo(spec.name());
        }
        for (MacroSpec spec : MacroCatalog.MACROS) {
            String name = spec.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(confluence).as(name).containsKey(name);
            assertThat(confluence.get(name)).as(name).containsExactlyElementsOf(spec.parameters());
        }
        // Existing installs keep their module keys and macro names (generated since issue 12; pinned here).
        assertThat(descriptor.modules("xhtml-macro")).extracting(m -> m.getAttribute("key")).containsExactly(
                "scorecard-macro", "funnel-macro", "trafficlights-macro", "salestrend-macro", "channelcost-macro",
                "industrymix-macro", "feedbackmix-macro", "openitems-macro", "churnwatch-macro", "reportform-macro",
                "newweeklyreport-macro", "rollup-macro", "comments-macro");

        // The wiki's only plugin alias is its help page: the catalogue's and the lead pages' macros need
        // none there (the host resolves their names), and Confluence has its own help.
        List<String> wikiAliases = new ArrayList<>();
        var wiki = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("../wiki/src/main/resources/ini/jspwiki_module.xml").toFile());
        var aliases = wiki.getElementsByTagName("alias");
        for (int i = 0; i < aliases.getLength(); i++) {
            wikiAliases.add(aliases.item(i).getTextContent().strip());
        }
        assertThat(wikiAliases).containsExactly("WeeklyReviewHelp");
    }

    @Test
    void theWidgetMacrosAreFoundInsideTheBundle() throws Exception {
        String services = "META-INF/services/" + com.weeklyreview.widgets.WidgetMacro.class.getName();
        assertThat(ROOT).contains(services);
        List<String> listed;
        try (InputStream in = jar.getInputStream(jar.getEntry(services))) {
            listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(listed).containsExactlyElementsOf(com.weeklyreview.widgets.WidgetMacros.all().stream()
                .map(w -> w.getClass().getName()).toList());
        listed.forEach(c -> assertThat(inJar(c)).as(c).isTrue());
    }

    @Test
    void activeObjectsTablesAndColumnsFitAtlassiansThirtyCharacters() throws Exception {
        List<String> declared = descriptor.modules("entity").stream().map(e -> e.getTextContent().strip()).toList();
        assertThat(declared).containsExactlyElementsOf(Store.ENTITIES.stream().map(Class::getName).toList());
        // The host names a table AO_<6 hex of the plugin key>_<table>: 10 characters before ours.
        try (Store store = Store.open(StoreConfig.h2Memory("descriptor-names"));
             Connection c = store.entityManager().getProvider().getConnection();
             ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "WSR_%", new String[] {"TABLE"})) {
            int count = 0;
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                count++;
                assertThat(("AO_0A1B2C_" + table).length()).as(table).isLessThanOrEqualTo(30);
                try (ResultSet columns = c.getMetaData().getColumns(null, "PUBLIC", table, null)) {
                    while (columns.next()) {
                        assertThat(columns.getString("COLUMN_NAME").length()).as(table + "." + columns.getString("COLUMN_NAME"))
                                .isLessThanOrEqualTo(30);
                    }
                }
            }
            assertThat(count).isEqualTo(Store.ENTITIES.size());
        }
    }

    @Test
    void bothLanguagesCarryEveryMacroText() throws Exception {
        String location = descriptor.modules("resource").stream().filter(r -> r.getAttribute("type").equals("i18n"))
                .findFirst().orElseThrow().getAttribute("location");
        String key = descriptor.root().getAttribute("key");
        for (String suffix : List.of("", "_zh_CN")) {
            Properties p = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry(location + suffix + ".properties"))) {
                p.load(in);
            }
            for (MacroSpec spec : MacroCatalog.MACROS) {
                String m = key + "." + spec.name().toLowerCase(java.util.Locale.ROOT);
                assertThat(p).as(suffix).containsKeys(m + ".label", m + ".desc");
                spec.parameters().forEach(param -> assertThat(p).as(suffix).containsKey(m + ".param." + param + ".label"));
            }
            descriptor.modules("description").stream().map(d -> d.getAttribute("key")).filter(k -> !k.isEmpty())
                    .forEach(k -> assertThat(p).as(suffix).containsKey(k));
            assertThat(p).containsKeys("wsr.blueprint.name", "wsr.blueprint.template.title");
        }
    }

    @Test
    void resourcesTheDescriptorNamesAreInTheJar() {
        for (Element resource : descriptor.modules("resource")) {
            if (resource.getAttribute("type").equals("download")) {
                assertThat(ROOT).as(resource.getAttribute("location")).contains(resource.getAttribute("location"));
            }
        }
        assertThat(ROOT).contains("META-INF/spring/weekly-review-context.xml");
    }

    @Test
    void theRestModuleServesApiMdsPathAndEveryResourceCanBeBuiltFromTheContextsBeans() throws Exception {
        Element rest = descriptor.modules("rest").get(0);
        assertThat(rest.getAttribute("path")).isEqualTo("/weekly-review");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        Set<Class<?>> beans = new HashSet<>();
        var spring = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(jar.getInputStream(jar.getEntry("META-INF/spring/weekly-review-context.xml")));
        var defined = spring.getElementsByTagName("bean");
        for (int i = 0; i < defined.getLength(); i++) {
            Element bean = (Element) defined.item(i);
            if (!bean.getAttribute("factory-method").isEmpty()) {
                assertThat(bean.getAttribute("factory-bean")).isEqualTo("atlassianServices");
                beans.add(AtlassianServices.class.getMethod(bean.getAttribute("factory-method")).getReturnType());
            } else {
                beans.add(Class.forName(bean.getAttribute("class")));
            }
        }
        var references = spring.getElementsByTagName("osgi:reference");
        for (int i = 0; i < references.getLength(); i++) {
            beans.add(Class.forName(((Element) references.item(i)).getAttribute("interface")));
        }
        List<Class<?>> resources = new ArrayList<>();
        for (Element p : Descriptor.children(rest, "package")) {
            String dir = p.getTextContent().strip().replace('.', '/') + "/";
            Set<String> entries = new HashSet<>(ROOT);
            EMBEDDED.values().forEach(entries::addAll);
            for (String entry : entries) {
                if (entry.startsWith(dir) && entry.endsWith(".class") && entry.indexOf('/', dir.length()) < 0) {
                    Class<?> type = Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.'));
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class) || type.isAnnotationPresent(Provider.class)) {
                        resources.add(type);
                    }
                }
            }
        }
        assertThat(resources).extracting(Class::getSimpleName).contains("ReportsResource", "ForecastResource",
                "HealthResource", "HostUserFilter", "JsonBinding", "Invalid");
        for (Class<?> type : resources) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as(type.getName() + " has one public constructor").hasSize(1);
            for (Class<?> param : constructors[0].getParameterTypes()) {
                boolean injectable = beans.stream().anyMatch(param::isAssignableFrom);
                assertThat(injectable).as(type.getSimpleName() + " needs a " + param.getName()).isTrue();
            }
        }
    }

    @Test
    void theJarIsAnOsgiBundleWithThePluginKeyAndWithoutApiStubs() throws IOException {
        Manifest manifest = jar.getManifest();
        var main = manifest.getMainAttributes();
        String key = descriptor.root().getAttribute("key");

        assertThat(main.getValue("Atlassian-Plugin-Key")).isEqualTo(key);
        assertThat(main.getValue("Bundle-SymbolicName")).isEqualTo(key);
        assertThat(main.getValue("Bundle-ManifestVersion")).isEqualTo("2");
        assertThat(main.getValue("Spring-Context")).isEqualTo("*");
        assertThat(main.getValue("Import-Package")).contains("com.atlassian.confluence.macro;resolution:=optional")
                .contains("com.atlassian.activeobjects.external");
        assertThat(ROOT).contains("com/weeklyreview/core/evaluation/ReportEvaluator.class",
                "com/weeklyreview/rest/HealthResource.class");
        assertThat(EMBEDDED.keySet()).noneMatch(j -> j.contains("weekly-review-"));
        assertThat(ROOT).noneMatch(e -> e.startsWith("com/atlassian/") || e.startsWith("org/ofbiz/"));
        assertThat(EMBEDDED.keySet()).noneMatch(j -> j.contains("stubs") || j.contains("h2-") || j.contains("activeobjects"));
        EMBEDDED.forEach((j, entries) -> assertThat(entries).as(j).noneMatch(e -> e.startsWith("com/atlassian/")));
        Properties pom = new Properties();
        try (InputStream in = jar.getInputStream(jar.getEntry(
                "META-INF/maven/com.weeklyreview/weekly-review-atlassian/pom.properties"))) {
            pom.load(in);
        }
        assertThat(descriptor.root().getElementsByTagName("version").item(0).getTextContent())
                .isEqualTo(pom.getProperty("version"));
    }

    private static String manifestImports() throws IOException {
        return jar.getManifest().getMainAttributes().getValue("Import-Package");
    }

    /** The Import-Package clause of one package, or null. */
    private static String importOf(String pkg) throws IOException {
        for (String clause : manifestImports().split(",(?=[a-z])")) {
            if (clause.equals(pkg) || clause.startsWith(pkg + ";")) {
                return clause;
            }
        }
        return null;
    }

    private static List<Class<?>> restResources() throws Exception {
        List<Class<?>> out = new ArrayList<>();
        for (Element p : Descriptor.children(descriptor.modules("rest").get(0), "package")) {
            String dir = p.getTextContent().strip().replace('.', '/') + "/";
            for (String entry : ROOT) {
                if (entry.startsWith(dir) && entry.endsWith(".class") && entry.indexOf('/', dir.length()) < 0) {
                    Class<?> type = Class.forName(entry.substring(0, entry.length() - 6).replace('/', '.'));
                    if (type.isAnnotationPresent(javax.ws.rs.Path.class)) {
                        out.add(type);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void point3TheRestV2OptInIsATopLevelModuleBesideRest() {
        List<Element> migrations = descriptor.modules("rest-migration");
        assertThat(migrations).singleElement().satisfies(m -> {
            assertThat(m.getParentNode()).isSameAs(descriptor.root());
            assertThat(m.getAttribute("key")).isNotBlank();
            assertThat(Descriptor.children(m, "rest-v2")).hasSize(1);
        });
        assertThat(descriptor.modules("rest")).singleElement()
                .satisfies(r -> assertThat(Descriptor.children(r, "rest-migration")).isEmpty());
    }

    @Test
    void point4EveryResourceConstructorIsInjectAnnotated() throws Exception {
        List<Class<?>> resources = restResources();
        assertThat(resources).hasSizeGreaterThanOrEqualTo(15);
        for (Class<?> type : resources) {
            assertThat(type.getConstructors()).as(type.getName()).singleElement()
                    .satisfies(c -> assertThat(c.isAnnotationPresent(javax.inject.Inject.class)).as(type.getName()).isTrue());
        }
    }

    @Test
    void point5ResourcesAndProvidersAreInTheBundlesOwnClassPathNotAnEmbeddedJar() {
        for (Element p : Descriptor.children(descriptor.modules("rest").get(0), "package")) {
            String dir = p.getTextContent().strip().replace('.', '/') + "/";
            assertThat(ROOT).as(dir).anyMatch(e -> e.startsWith(dir) && e.endsWith(".class"));
            EMBEDDED.forEach((j, entries) -> assertThat(entries).as(j).noneMatch(e -> e.startsWith(dir)));
        }
    }

    @Test
    void point6EveryResourceSaysItsRestV2SecurityLevelAndHealthIsOpen() throws Exception {
        Set<Class<? extends java.lang.annotation.Annotation>> levels = Set.of(
                com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess.class,
                com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess.class,
                com.atlassian.plugins.rest.api.security.annotation.LicensedOnly.class);
        for (Class<?> type : restResources()) {
            assertThat(levels.stream().filter(type::isAnnotationPresent).count()).as(type.getName()).isEqualTo(1);
        }
        assertThat(Class.forName("com.weeklyreview.rest.HealthResource")
                .isAnnotationPresent(com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess.class)).isTrue();
        assertThat(importOf("com.atlassian.plugins.rest.api.security.annotation")).doesNotContain("optional");
    }

    @Test
    void point7TheContentTemplateHasANameInBothLanguages() throws Exception {
        Element template = descriptor.modules("content-template").get(0);
        String key = template.getAttribute("i18n-name-key");
        assertThat(key).isNotBlank();
        for (String suffix : List.of("", "_zh_CN")) {
            Properties p = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("i18n/weekly-review" + suffix + ".properties"))) {
                p.load(in);
            }
            assertThat(p.getProperty(key)).as(suffix).isNotBlank();
        }
    }

    @Test
    void point8HostProvidedLibrariesAreImportedNotEmbedded() throws IOException {
        for (String lib : List.of("jackson-databind", "jackson-core", "jackson-annotations", "slf4j-api", "commons-lang3",
                "spring-", "atlassian-spring-scanner")) {
            assertThat(EMBEDDED.keySet()).as(lib).noneMatch(j -> j.startsWith("META-INF/lib/" + lib));
        }
        assertThat(ROOT).noneMatch(e -> e.startsWith("com/fasterxml/jackson/databind/") || e.startsWith("org/slf4j/")
                || e.startsWith("org/apache/commons/lang3/") || e.startsWith("META-INF/plugin-components/"));
        for (String pkg : List.of("com.fasterxml.jackson.databind", "org.slf4j", "org.apache.commons.lang3",
                "org.springframework.beans.factory.support")) {
            assertThat(importOf(pkg)).as(pkg).isNotNull().contains("version=").doesNotContain("optional");
        }
    }

    @Test
    void point9NoMandatoryImportOfActiveObjectsInternalsAndAFixedNamespace() throws Exception {
        for (String internal : List.of("net.java.ao.builder", "net.java.ao.db", "net.java.ao.schema.info")) {
            String clause = importOf(internal);
            assertThat(clause == null || clause.contains("resolution:=optional")).as(internal).isTrue();
        }
        Element ao = descriptor.modules("ao").get(0);
        String namespace = ao.getAttribute("namespace");
        assertThat(namespace).isEqualTo(descriptor.root().getAttribute("key"));
        // AO: AO_ + last 6 hex digits of md5(namespace) + _ + table (Active Objects docs, "Table names").
        byte[] md5 = java.security.MessageDigest.getInstance("MD5").digest(namespace.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String hex = String.format("%032x", new java.math.BigInteger(1, md5));
        String prefix = "AO_" + hex.substring(hex.length() - 6).toUpperCase(java.util.Locale.ROOT) + "_";
        assertThat(prefix).matches("AO_[0-9A-F]{6}_");
        for (Class<?> entity : Store.ENTITIES) {
            net.java.ao.schema.Table table = entity.getAnnotation(net.java.ao.schema.Table.class);
            if (table != null) {
                assertThat((prefix + table.value()).length()).as(entity.getName()).isLessThanOrEqualTo(30);
            }
        }
    }
}
