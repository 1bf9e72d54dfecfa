package com.weeklyreview.widgets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Every {@link WidgetMacro} on the class path, found once with {@link ServiceLoader} through the
 * widgets' own class loader (so it works inside the Atlassian plugin's OSGi bundle too) and kept
 * in catalogue order. The services file is written at compile time from the
 * {@code @AutoService(WidgetMacro.class)} annotations: there is no hand-kept list.
 */
public final class WidgetMacros {

    private static final List<WidgetMacro> ALL = load();

    private WidgetMacros() {
    }

    private static List<WidgetMacro> load() {
        List<WidgetMacro> found = new ArrayList<>();
        ServiceLoader.load(WidgetMacro.class, WidgetMacro.class.getClassLoader()).forEach(found::add);
        found.sort(Comparator.comparingInt(WidgetMacro::order).thenComparing(WidgetMacro::macro));
        Set<String> names = new HashSet<>();
        Set<String> macros = new HashSet<>();
        for (WidgetMacro w : found) {
            if (!names.add(w.name()) || !macros.add(w.macro().toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException("two widget macros named " + w.name() + " / " + w.macro());
            }
            if (!w.name().matches("[a-z][a-z0-9-]*") || !w.macro().matches("[A-Z][A-Za-z0-9]*")) {
                throw new IllegalStateException("widget " + w.name() + " / macro " + w.macro()
                        + ": names are [a-z][a-z0-9-]* and [A-Z][A-Za-z0-9]*");
            }
        }
        return List.copyOf(found);
    }

    /** Returns every widget macro in catalogue order. */
    public static List<WidgetMacro> all() {
        return ALL;
    }

    /** Finds a widget by its widget name ({@code scorecard}). */
    public static Optional<WidgetMacro> byName(String name) {
        return ALL.stream().filter(w -> w.name().equals(name)).findFirst();
    }

    /** Finds a widget by its macro name, ignoring case ({@code Scorecard}, Confluence's {@code scorecard}). */
    public static Optional<WidgetMacro> byMacro(String macro) {
        return ALL.stream().filter(w -> w.macro().equalsIgnoreCase(macro)).findFirst();
    }
}
