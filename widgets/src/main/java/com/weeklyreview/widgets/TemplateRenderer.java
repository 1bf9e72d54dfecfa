package com.weeklyreview.widgets;

import java.io.StringWriter;
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
 * so they stay valid under Confluence's Velocity allow-list.
 */
public final class TemplateRenderer {

    private static final String ROOT = "com/weeklyreview/widgets/templates/";

    private final VelocityEngine engine;
    private final Escape escape = new Escape();

    /** Creates a renderer with strict references and UTF-8 templates from the classpath. */
    public TemplateRenderer() {
        Properties p = new Properties();
        p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty("resource.loader.classpath.cache", "true");
        engine = new VelocityEngine(p);
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(TemplateRenderer.class.getClassLoader());
        try {
            engine.init();
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** Renders {@code name.vm} with the model, {@code $esc} and {@code $labels}. */
    public String render(String name, Map<String, Object> model, Labels labels) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        context.put("esc", escape);
        context.put("labels", labels);
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(TemplateRenderer.class.getClassLoader());
        try {
            Template template = engine.getTemplate(ROOT + name + ".vm", "UTF-8");
            StringWriter out = new StringWriter();
            template.merge(context, out);
            return out.toString();
        } finally {
            current.setContextClassLoader(previous);
        }
    }
}
