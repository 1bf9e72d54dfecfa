import com.weeklyreview.application.macro.MacroCatalog;
import com.weeklyreview.application.macro.MacroCatalog.MacroSpec;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.WidgetMacro;
import com.weeklyreview.widgets.WidgetMacros;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Build step of the atlassian module (exec-maven-plugin, phase generate-sources), run as a
 * single-file program on the module's dependencies: writes from the shared macro catalogue
 * ({@link MacroCatalog}: the widget macros found on the class path, then the fixed ones)
 * <ul>
 * <li>one {@code xhtml-macro} module per macro into the descriptor (in place of the marker line of
 *     {@code src/descriptor/atlassian-plugin.xml}), key {@code <name>-macro}, name lower case;</li>
 * <li>one tiny {@code ConfluenceMacro} subclass per macro, {@code <Name>Macro} (Confluence makes
 *     one object per module from its class and does not tell a macro its name);</li>
 * <li>the macro browser's texts of each macro and parameter into both i18n bundles (appended to
 *     {@code src/descriptor/i18n}), from the widgets bundles' {@code macro.*} keys;</li>
 * <li>the Active Objects module's entities, the store's ({@code Store.ENTITIES}, in its order: a new
 *     kind of import's entity needs no line here);</li>
 * <li>the widget macros' {@code META-INF/services} file, which the OSGi bundle needs at its root.</li>
 * </ul>
 * Arguments: the descriptor source directory, the generated sources and the generated resources directories.
 */
public class GenerateCatalogue {

    private static final String KEY = "com.weeklyreview.weekly-review";
    private static final String MARKER = "  <!-- @catalogue-macros@ -->";
    private static final String ENTITIES = "    <!-- @store-entities@ -->";
    private static final String PACKAGE = "com.weeklyreview.atlassian.confluence";

    public static void main(String[] args) throws IOException {
        Path descriptor = Path.of(args[0]);
        Path sources = Path.of(args[1]);
        Path resources = Path.of(args[2]);
        List<MacroSpec> macros = MacroCatalog.MACROS;

        String template = Files.readString(descriptor.resolve("atlassian-plugin.xml"), StandardCharsets.UTF_8);
        for (String marker : List.of(MARKER, ENTITIES)) {
            if (!template.contains(marker + "\n")) {
                throw new IllegalStateException("no line '" + marker + "' in " + descriptor.resolve("atlassian-plugin.xml"));
            }
        }
        StringBuilder entities = new StringBuilder();
        for (Class<?> entity : com.weeklyreview.store.Store.ENTITIES) {
            entities.append("    <entity>").append(entity.getName()).append("</entity>\n");
        }
        template = template.replace(ENTITIES + "\n", entities.toString());
        StringBuilder modules = new StringBuilder();
        for (MacroSpec spec : macros) {
            modules.append(module(spec));
        }
        write(resources.resolve("atlassian-plugin.xml"), template.replace(MARKER + "\n", modules.toString()));

        Path classes = sources.resolve(PACKAGE.replace('.', '/'));
        Labels english = Labels.of(Locale.ENGLISH);
        for (MacroSpec spec : macros) {
            write(classes.resolve(spec.name() + "Macro.java"), subclass(spec, english));
        }

        for (String suffix : List.of("", "_zh_CN")) {
            Labels labels = Labels.of(suffix.isEmpty() ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
            StringBuilder texts = new StringBuilder(Files.readString(
                    descriptor.resolve("i18n/weekly-review" + suffix + ".properties"), StandardCharsets.ISO_8859_1));
            texts.append("# The catalogue's macros (generated from the widgets bundles' macro.* keys).\n");
            for (MacroSpec spec : macros) {
                String m = KEY + "." + lower(spec.name());
                texts.append(entry(m + ".label", text(labels, "macro." + spec.name() + ".label")));
                texts.append(entry(m + ".desc", text(labels, "macro." + spec.name() + ".desc")));
                for (String p : spec.parameters()) {
                    texts.append(entry(m + ".param." + p + ".label", text(labels, "macro.param." + p + ".label")));
                    texts.append(entry(m + ".param." + p + ".desc", text(labels, "macro.param." + p + ".desc")));
                }
            }
            write(resources.resolve("i18n/weekly-review" + suffix + ".properties"), texts.toString());
        }

        StringBuilder services = new StringBuilder();
        WidgetMacros.all().forEach(w -> services.append(w.getClass().getName()).append('\n'));
        write(resources.resolve("META-INF/services/" + WidgetMacro.class.getName()), services.toString());
        System.out.println("GenerateCatalogue: " + macros.size() + " macros, " + WidgetMacros.all().size() + " of them widgets");
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String module(MacroSpec spec) {
        String name = lower(spec.name());
        StringBuilder xml = new StringBuilder();
        xml.append("  <xhtml-macro name=\"").append(name).append("\" key=\"").append(name).append("-macro\" class=\"")
                .append(PACKAGE).append('.').append(spec.name()).append("Macro\" application=\"confluence\">\n");
        xml.append("    <description key=\"").append(KEY).append('.').append(name).append(".desc\"/>\n");
        xml.append("    <category name=\"reporting\"/>\n");
        if (spec.parameters().isEmpty()) {
            xml.append("    <parameters/>\n");
        } else {
            xml.append("    <parameters>\n");
            for (String p : spec.parameters()) {
                xml.append("      <parameter name=\"").append(p).append("\" type=\"").append(p.equals("weeks") ? "int" : "string")
                        .append("\"/>\n");
            }
            xml.append("    </parameters>\n");
        }
        xml.append("  </xhtml-macro>\n");
        return xml.toString();
    }

    private static String subclass(MacroSpec spec, Labels english) {
        return "package " + PACKAGE + ";\n\n"
                + "/** The {@code " + lower(spec.name()) + "} macro: " + text(english, "macro." + spec.name() + ".desc")
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;") + " Generated from the macro catalogue. */\n"
                + "public class " + spec.name() + "Macro extends ConfluenceMacro {\n\n"
                + "    /** Creates the macro over the host component. */\n"
                + "    public " + spec.name() + "Macro(ConfluenceMacroHost host) {\n"
                + "        super(host, \"" + spec.name() + "\");\n"
                + "    }\n"
                + "}\n";
    }

    private static String text(Labels labels, String key) {
        if (!labels.has(key)) {
            throw new IllegalStateException("the widgets bundle of " + labels.locale() + " has no " + key);
        }
        return labels.get(key);
    }

    /** One properties line, escaped for Atlassian's ISO-8859-1 reading. */
    private static String entry(String key, String value) {
        StringBuilder line = new StringBuilder(key).append('=');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                line.append("\\\\");
            } else if (c == '\n') {
                line.append("\\n");
            } else if (c < 0x20 || c > 0x7e) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        return line.append('\n').toString();
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        // Unchanged files keep their time, so the compiler and the jar see nothing new.
        if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            Files.write(file, bytes);
        }
    }
}
