package com.weeklyreview.widgets;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders the Velocity templates under {@code com/weeklyreview/widgets/templates}. Templates
 * read prepared values only (no arithmetic) and print every value through {@code $esc.html},
 * so they stay valid under Confluence's Velocity allow-list. A view given as a record reaches the
 * template as maps (its components by name, nested records and lists of records alike), so
 * templates use property access only; {@code $theme} holds the shared palette and geometry.
 */
public final class TemplateRenderer {

    private static final String ROOT = "com/weeklyreview/widgets/templates/";

    private volatile VelocityEngine engine;
    private final Escape escape = new Escape();

    /** The renderer the widget macros share when created without one (one Velocity engine, made on first use). */
    private static final class Shared {
        static final TemplateRenderer INSTANCE = new TemplateRenderer();
    }

    /** Returns the shared renderer. */
    public static TemplateRenderer shared() {
        return Shared.INSTANCE;
    }

    /**
     * Creates a renderer with strict references and UTF-8 templates from the classpath. The Velocity
     * engine starts at the first render, so listing the widget macros (e.g. at build time) needs none.
     */
    public TemplateRenderer() {
    }

    private VelocityEngine engine() {
        VelocityEngine ready = engine;
        if (ready == null) {
            synchronized (this) {
                ready = engine;
                if (ready == null) {
                    ready = start();
                    engine = ready;
                }
            }
        }
        return ready;
    }

    private static VelocityEngine start() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty("resource.loader.classpath.cache", "true");
        VelocityEngine started = new VelocityEngine(p);
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(TemplateRenderer.class.getClassLoader());
        try {
            started.init();
        } finally {
            current.setContextClassLoader(previous);
        }
        return started;
    }

    /** Renders {@code name.vm} with the view record's components as variables, {@code $esc}, {@code $labels} and {@code $theme}. */
    public String render(String name, Record view, Labels labels) {
        @SuppressWarnings("unchecked")
        Map<String, Object> model = (Map<String, Object>) model(view);
        return render(name, model, labels);
    }

    /** Renders {@code name.vm} with the model, {@code $esc}, {@code $labels} and {@code $theme}. */
    public String render(String name, Map<String, Object> model, Labels labels) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        context.put("esc", escape);
        context.put("labels", labels);
        context.put("theme", Theme.asModel());
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(TemplateRenderer.class.getClassLoader());
        try {
            Template template = engine().getTemplate(ROOT + name + ".vm", "UTF-8");
            StringWriter out = new StringWriter();
            template.merge(context, out);
            return out.toString();
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** Turns records into maps of their components, recursively through lists; other values stay. */
    static Object model(Object value) {
        if (value instanceof Record r) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                try {
                    Method accessor = c.getAccessor();
                    accessor.setAccessible(true);
                    m.put(c.getName(), model(accessor.invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
                }
            }
            return m;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(model(v)));
            return out;
        }
        return value;
    }
}
