package com.weeklyreview.atlassian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.weeklyreview.atlassian.jira.IssueTypesInstaller;
import com.weeklyreview.atlassian.spring.ProductBeans;
import com.weeklyreview.store.Store;
import com.weeklyreview.store.StoreConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.beans.factory.xml.BeanDefinitionParser;
import org.springframework.beans.factory.xml.DefaultNamespaceHandlerResolver;
import org.springframework.beans.factory.xml.NamespaceHandlerSupport;
import org.springframework.beans.factory.xml.XmlBeanDefinitionReader;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;

/**
 * Loads {@code META-INF/spring/weekly-review-context.xml} the way Confluence and Jira do and takes
 * out everything the descriptor names. The host's part is played as follows: Spring 5.3 (platform
 * 7's) reads the XML; the Gemini Blueprint namespace's {@code osgi:reference} resolves against a
 * registry of Mockito mocks of the host's interfaces (a missing service fails the context, as the
 * host's mandatory reference would after its timeout) and {@code osgi:service} records what the
 * bundle publishes; the bundle's class loader hides the other product's API (its optional imports
 * stay unwired on a real host); macros, the context provider and the REST resources are created the
 * way atlassian-plugins-osgi's {@code DefaultSpringContainerAccessor.createBean} does:
 * {@code createBean(type, AUTOWIRE_CONSTRUCTOR, false)}.
 */
class PluginContextTest {

    private static final String GEMINI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";

    private final Store store = Store.open(StoreConfig.h2Memory("plugin-context-" + System.nanoTime()));
    private final Map<String, Object> registry = new HashMap<>();
    private final List<Published> published = new ArrayList<>();

    /** A service the bundle publishes through {@code osgi:service}. */
    record Published(Object service, String type) {
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void register(Class<?> type, Object service) {
        registry.put(type.getName(), service);
    }

    private void registerBothProducts() {
        register(ActiveObjects.class, HostActiveObjects.over(store.entityManager()));
        register(UserManager.class, new HostFakes.Users("zhang", Set.of("zhang"), Set.of("zhang")).manager());
        register(LocaleResolver.class, HostFakes.locale(Locale.ENGLISH));
        register(ApplicationProperties.class, HostFakes.application());
    }

    private GenericApplicationContext load(String hiddenPackage) {
        ClassLoader loader = new ClassLoader(getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.startsWith(hiddenPackage)) {
                    throw new ClassNotFoundException(name + ": package not exported by this host");
                }
                return super.loadClass(name, resolve);
            }
        };
        GenericApplicationContext context = new GenericApplicationContext();
        context.setClassLoader(loader);
        XmlBeanDefinitionReader reader = new XmlBeanDefinitionReader(context);
        reader.setBeanClassLoader(loader);
        reader.setValidationMode(XmlBeanDefinitionReader.VALIDATION_NONE);
        reader.setNamespaceAware(true);
        var defaults = new DefaultNamespaceHandlerResolver(loader);
        HostNamespace host = new HostNamespace();
        host.init();
        reader.setNamespaceHandlerResolver(uri -> GEMINI.equals(uri) ? host : defaults.resolve(uri));
        reader.loadBeanDefinitions(new ClassPathResource("META-INF/spring/weekly-review-context.xml"));
        context.refresh();
        return context;
    }

    /** The host's side of {@code osgi:reference} and {@code osgi:service}. */
    private final class HostNamespace extends NamespaceHandlerSupport {
        @Override
        public void init() {
            registerBeanDefinitionParser("reference", (BeanDefinitionParser) (element, parser) -> {
                String type = element.getAttribute("interface");
                RootBeanDefinition reference = new RootBeanDefinition();
                try {
                    reference.setTargetType(Class.forName(type, false, parser.getReaderContext().getBeanClassLoader()));
                } catch (ClassNotFoundException e) {
                    // Not loadable on this host: ProductBeans must remove it before anything is created.
                }
                reference.setInstanceSupplier(() -> {
                    Object service = registry.get(type);
                    if (service == null) {
                        throw new IllegalStateException("no " + type + " service: the host would time out the plugin");
                    }
                    return service;
                });
                parser.getRegistry().registerBeanDefinition(element.getAttribute("id"), reference);
                return null;
            });
            registerBeanDefinitionParser("service", (BeanDefinitionParser) (element, parser) -> {
                String ref = element.getAttribute("ref");
                String type = element.getAttribute("interface");
                BeanFactory factory = (BeanFactory) parser.getRegistry();
                RootBeanDefinition service = new RootBeanDefinition(Published.class, () -> {
                    Published p = new Published(factory.getBean(ref), type);
                    published.add(p);
                    return p;
                });
                parser.getRegistry().registerBeanDefinition(element.getAttribute("id"), service);
                return null;
            });
        }
    }

    private Object createAsTheHostDoes(GenericApplicationContext context, String className) throws Exception {
        Class<?> type = Class.forName(className, false, context.getClassLoader());
        return context.getAutowireCapableBeanFactory().createBean(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false);
    }

    /** Every {@code @Path} resource and {@code @Provider} in the rest module's packages, as its scan finds them. */
    private static List<String> restClasses() throws Exception {
        List<String> out = new ArrayList<>();
        Element rest = Descriptor.built().modules("rest").get(0);
        var resolver = new PathMatchingResourcePatternResolver();
        for (Element p : Descriptor.children(rest, "package")) {
            String pkg = p.getTextContent().strip();
            for (Resource r : resolver.getResources("classpath*:" + pkg.replace('.', '/') + "/*.class")) {
                Class<?> type = Class.forName(pkg + "." + r.getFilename().replace(".class", ""));
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    out.add(type.getName());
                }
            }
        }
        return out;
    }

    @Test
    void confluenceGetsEveryBeanMacroContextProviderAndRestResourceTheDescriptorNames() throws Exception {
        registerBothProducts();
        register(UserAccessor.class, mock(UserAccessor.class));

        try (GenericApplicationContext context = load("com.atlassian.jira.")) {
            Set<String> beans = new TreeSet<>(List.of(context.getBeanDefinitionNames()));
            assertThat(beans).contains("confluenceGroups", "confluenceMacroHost", "salUserDirectory", "atlassianServices",
                    "restServices", "widgetRenderer", "rollups", "feedbackClassifier", "reportEvaluator")
                    .doesNotContain("jiraGroups", "issueTypesInstaller", "groupManager");
            beans.forEach(name -> assertThat(context.getBean(name)).as(name).isNotNull());
            assertThat(context.getBean(ProductBeans.class).removed()).contains("jiraGroups", "issueTypesInstaller",
                    "issueTypesInstallerService", "issueTypeManager");
            assertThat(published).isEmpty();

            Descriptor descriptor = Descriptor.built();
            for (Element macro : descriptor.modules("xhtml-macro")) {
                Macro created = (Macro) createAsTheHostDoes(context, macro.getAttribute("class"));
                assertThat(created.getBodyType()).isEqualTo(Macro.BodyType.NONE);
            }
            for (Element provider : descriptor.modules("context-provider")) {
                assertThat(createAsTheHostDoes(context, provider.getAttribute("class")))
                        .isInstanceOf(AbstractBlueprintContextProvider.class);
            }
            List<String> rest = restClasses();
            assertThat(rest).contains("com.weeklyreview.rest.HealthResource", "com.weeklyreview.rest.ReportsResource",
                    "com.weeklyreview.atlassian.rest.HostUserFilter");
            for (String type : rest) {
                assertThat(createAsTheHostDoes(context, type)).as(type).isNotNull();
            }

            // Wired to the host's services: a macro renders from the store the ActiveObjects service holds.
            Macro scorecard = (Macro) createAsTheHostDoes(context, "com.weeklyreview.atlassian.confluence.ScorecardMacro");
            assertThat(scorecard.execute(Map.of("owner", "zhang", "week", "2026-W48"), null,
                    HostFakes.page("WeeklyReport_zhang_2026-W48"))).contains("<svg").doesNotContain("wsr-error");
        }
    }

    @Test
    void jiraGetsItsBeansAndPublishesTheIssueTypesInstallerToSal() throws Exception {
        registerBothProducts();
        register(GroupManager.class, mock(GroupManager.class));
        register(IssueTypeManager.class, mock(IssueTypeManager.class));
        register(CustomFieldManager.class, mock(CustomFieldManager.class));
        register(AvatarManager.class, mock(AvatarManager.class));

        try (GenericApplicationContext context = load("com.atlassian.confluence.")) {
            Set<String> beans = new TreeSet<>(List.of(context.getBeanDefinitionNames()));
            assertThat(beans).contains("jiraGroups", "issueTypesInstaller", "salUserDirectory", "atlassianServices")
                    .doesNotContain("confluenceGroups", "confluenceMacroHost", "userAccessor");
            beans.forEach(name -> assertThat(context.getBean(name)).as(name).isNotNull());
            assertThat(published).singleElement().satisfies(p -> {
                assertThat(p.type()).isEqualTo(LifecycleAware.class.getName());
                assertThat(p.service()).isSameAs(context.getBean(IssueTypesInstaller.class));
            });
            for (String type : restClasses()) {
                assertThat(createAsTheHostDoes(context, type)).as(type).isNotNull();
            }
        }
    }

    @Test
    void aMissingHostServiceFailsTheContextLikeTheHostsMandatoryReference() {
        registerBothProducts();
        registry.remove(ActiveObjects.class.getName());
        register(UserAccessor.class, mock(UserAccessor.class));

        assertThatThrownBy(() -> load("com.atlassian.jira.").close())
                .hasStackTraceContaining("no com.atlassian.activeobjects.external.ActiveObjects service");
    }
}
