package com.weeklyreview.atlassian;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.weeklyreview.rest.macro.MacroCatalog;
import com.weeklyreview.rest.macro.MacroCatalog.MacroSpec;
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
import javax.inject.Named;

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
    void everyWikiMacroIsAConfluenceMacroWithTheSameParameters() throws Exception {
        Map<String, List<String>> confluence = new HashMap<>();
        for (Element macro : descriptor.modules("xhtml-macro")) {
            List<String> params = new ArrayList<>();
            Descriptor.children(macro, "parameter").forEach(p -> params.add(p.getAttribute("name")));
            confluence.put(macro.getAttribute("name"), params);
            assertThat(macro.getAttribute("application")).isEqualTo("confluence");
        }
        List<String> wikiAliases = new ArrayList<>();
        var wiki = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("../wiki/src/main/resources/ini/jspwiki_module.xml").toFile());
        var aliases = wiki.getElementsByTagName("alias");
        for (int i = 0; i < aliases.getLength(); i++) {
            wikiAliases.add(aliases.item(i).getTextContent().strip());
        }

        assertThat(wikiAliases).containsExactlyInAnyOrderElementsOf(MacroCatalog.MACROS.stream().map(MacroSpec::name).toList());
        for (MacroSpec spec : MacroCatalog.MACROS) {
            String name = spec.name().toLowerCase(java.util.Locale.ROOT);
            assertThat(confluence).as(name).containsKey(name);
            assertThat(confluence.get(name)).as(name).containsExactlyInAnyOrderElementsOf(spec.parameters());
        }
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
            assertThat(bean.getAttribute("factory-bean")).isEqualTo("atlassianServices");
            beans.add(AtlassianServices.class.getMethod(bean.getAttribute("factory-method")).getReturnType());
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
                boolean injectable = beans.contains(param) || param.isAnnotationPresent(Named.class)
                        || param.getName().startsWith("com.atlassian.");
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
        assertThat(main.getValue("Bundle-ClassPath")).contains("META-INF/lib/weekly-review-core-");
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
}
