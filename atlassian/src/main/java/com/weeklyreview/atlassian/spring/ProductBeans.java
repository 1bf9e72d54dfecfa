package com.weeklyreview.atlassian.spring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;

/**
 * Keeps one jar good for Confluence and Jira: the product-only beans of
 * {@code META-INF/spring/weekly-review-context.xml} (service references to Confluence's or Jira's
 * own interfaces, and the components built on them) are removed before anything is created when
 * the bundle cannot load that product's API, i.e. when the host does not export it and the
 * bundle's optional import stayed unwired. What Spring Scanner's {@code @ConfluenceComponent} and
 * {@code @JiraComponent} do, without a build plugin.
 * <p>
 * A registry post-processor runs after the XML is read and before Gemini Blueprint looks for the
 * context's mandatory service references, so a Jira host never waits for {@code UserAccessor}.
 */
public final class ProductBeans implements BeanDefinitionRegistryPostProcessor {

    /** A class each product's API has (in a package the bundle imports optionally). */
    static final Map<String, String> MARKERS = Map.of(
            "confluence", "com.atlassian.confluence.macro.Macro",
            "jira", "com.atlassian.jira.config.IssueTypeManager");

    private final Map<String, List<String>> beans;
    private final Set<String> removed = new TreeSet<>();

    /** Creates the post-processor: the bean names that exist only in each product. */
    public ProductBeans(Map<String, List<String>> beans) {
        if (!MARKERS.keySet().containsAll(beans.keySet())) {
            throw new IllegalArgumentException("products are " + MARKERS.keySet() + ", not " + beans.keySet());
        }
        this.beans = Map.copyOf(beans);
    }

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        ClassLoader loader = registry instanceof ConfigurableListableBeanFactory f && f.getBeanClassLoader() != null
                ? f.getBeanClassLoader() : ProductBeans.class.getClassLoader();
        beans.forEach((product, names) -> {
            if (!loadable(MARKERS.get(product), loader)) {
                for (String name : names) {
                    if (!registry.containsBeanDefinition(name)) {
                        throw new IllegalStateException("no bean " + name + " to leave out outside " + product);
                    }
                    registry.removeBeanDefinition(name);
                    removed.add(name);
                }
            }
        });
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        // Everything happens on the registry.
    }

    /** The beans left out on this host (for tests and logs). */
    public Set<String> removed() {
        return Set.copyOf(removed);
    }

    private static boolean loadable(String type, ClassLoader loader) {
        try {
            Class.forName(type, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
