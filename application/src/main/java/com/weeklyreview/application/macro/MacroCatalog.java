package com.weeklyreview.application.macro;

import com.weeklyreview.widgets.WidgetMacro;
import com.weeklyreview.widgets.WidgetMacros;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every page macro with the parameters it takes: the widget macros found on the class path
 * ({@link WidgetMacros}, in their declared order), then the macros {@link Macros} renders itself.
 * The wiki resolves these names to its one generic plugin, and the Confluence descriptor, its
 * macro classes and their texts are generated from this list at build time (Confluence lower-cases
 * the names).
 */
public final class MacroCatalog {

    /**
     * One macro.
     *
     * @param name       its name, e.g. {@code Scorecard}
     * @param parameters the parameters it reads; any other is refused
     * @param widget     the widget it draws, for the widget macros
     */
    public record MacroSpec(String name, List<String> parameters, Optional<String> widget) {
    }

    /** The macros, in the order of the report template. */
    public static final List<MacroSpec> MACROS = build();

    private MacroCatalog() {
    }

    private static List<MacroSpec> build() {
        List<MacroSpec> all = new ArrayList<>();
        for (WidgetMacro w : WidgetMacros.all()) {
            if (Macros.FIXED.stream().anyMatch(f -> f.name().equalsIgnoreCase(w.macro()))) {
                throw new IllegalStateException("widget macro " + w.macro() + " has the name of a built-in macro");
            }
            all.add(new MacroSpec(w.macro(), List.copyOf(w.parameters()), Optional.of(w.name())));
        }
        all.addAll(Macros.FIXED);
        return List.copyOf(all);
    }

    /** Finds a macro by name, ignoring case (Confluence names are lower case). */
    public static Optional<MacroSpec> find(String name) {
        return MACROS.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }
}
