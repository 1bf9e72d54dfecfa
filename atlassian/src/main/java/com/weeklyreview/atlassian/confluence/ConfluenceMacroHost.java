package com.weeklyreview.atlassian.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.weeklyreview.atlassian.AtlassianServices;
import com.weeklyreview.rest.WeeklyReviewApplication;
import com.weeklyreview.application.macro.MacroContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;

/**
 * What every Confluence macro of the plugin needs from the host, in one component: the signed-in
 * user (SAL), their locale, the context path, and the page being rendered (from the
 * {@link ConversionContext}); it hands them to the shared {@link com.weeklyreview.application.macro.Macros}.
 */
public class ConfluenceMacroHost {

    /** The plugin key, as the descriptor and the manifest give it. */
    public static final String PLUGIN_KEY = "com.weeklyreview.weekly-review";
    /** The web-resource with the browser scripts. */
    public static final String SCRIPTS = "wsr-scripts";
    /** Parameters Confluence adds on its own, which are not the macro's. */
    private static final String OUTPUT_TYPE_PARAMETER = "atlassian-macro-output-type";

    private final AtlassianServices services;
    private final UserManager users;
    private final LocaleResolver locales;
    private final ApplicationProperties application;

    /** Creates the host over the plugin's services and the host's SAL services. */
    @Inject
    public ConfluenceMacroHost(AtlassianServices services, UserManager users,
                               LocaleResolver locales, ApplicationProperties application) {
        this.services = services;
        this.users = users;
        this.locales = locales;
        this.application = application;
    }

    /** Renders a macro of the catalogue for the current user and page. */
    public String render(String name, Map<String, String> parameters, ConversionContext conversion) {
        Map<String, String> own = new LinkedHashMap<>();
        parameters.forEach((k, v) -> {
            if (!k.startsWith(":") && !k.equals(OUTPUT_TYPE_PARAMETER)) {
                own.put(k, v);
            }
        });
        String contextPath = Optional.ofNullable(application.getBaseUrl(UrlMode.RELATIVE)).orElse("");
        UserProfile remote = users.getRemoteUser();
        Locale locale = Optional.ofNullable(locales.getLocale()).orElse(Locale.ENGLISH);
        MacroContext context = new MacroContext(
                Optional.ofNullable(remote).flatMap(p -> services.application().users().find(p.getUsername())), locale,
                Optional.ofNullable(conversion == null ? null : conversion.getEntity()).map(e -> e.getTitle()),
                contextPath, contextPath + WeeklyReviewApplication.BASE_PATH,
                contextPath + "/download/resources/" + PLUGIN_KEY + ":" + SCRIPTS);
        return services.macros().render(name, own, context);
    }
}
