package com.weeklyreview.atlassian;

import static org.mockito.Mockito.RETURNS_DEFAULTS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The host's services as Mockito mocks of the host's own interfaces (SAL's users, locale and base
 * URL; Confluence's conversion context): never implementations, so the tests compile against the
 * real API jars under {@code -Patlassian-sdk}, where those interfaces have many more methods.
 * Answers dispatch on the method's name, so overloads the stubs lack never make a call ambiguous.
 */
public final class HostFakes {

    private HostFakes() {
    }

    /** The key SAL gives a user in these tests. */
    public static UserKey key(String name) {
        return new UserKey("key-" + name);
    }

    /** A user's SAL profile. */
    public static UserProfile profile(String name) {
        return mock(UserProfile.class, i -> switch (i.getMethod().getName()) {
            case "getUserKey" -> key(name);
            case "getUsername" -> name;
            case "getFullName" -> name.toUpperCase(Locale.ROOT);
            case "getEmail" -> name + "@example.com";
            default -> RETURNS_DEFAULTS.answer(i);
        });
    }

    /** SAL's UserManager: {@code remote} is signed in (null: nobody); {@code known} exist; {@code admins} are host admins. */
    public static final class Users {
        private final AtomicReference<String> remote;
        private final UserManager manager;

        public Users(String remote, Set<String> known, Set<String> admins) {
            this(remote, known, admins, Map.of());
        }

        /** Users whose group membership ({@code isUserInGroup}) comes from {@code groups}. */
        public Users(String remote, Set<String> known, Set<String> admins, Map<String, List<String>> groups) {
            this.remote = new AtomicReference<>(remote);
            this.manager = mock(UserManager.class, i -> {
                Object[] a = i.getArguments();
                return switch (i.getMethod().getName()) {
                    case "getRemoteUser" -> a.length == 0 && this.remote.get() != null ? profile(this.remote.get()) : null;
                    case "getUserProfile" -> a[0] instanceof String n && known.contains(n) ? profile(n)
                            : known.stream().filter(n -> key(n).equals(a[0])).findFirst().map(HostFakes::profile).orElse(null);
                    case "isAdmin" -> admins.stream().anyMatch(n -> key(n).equals(a[0]) || n.equals(a[0]));
                    case "isUserInGroup" -> groups.getOrDefault((String) a[1], List.of()).stream()
                            .anyMatch(n -> key(n).equals(a[0]) || n.equals(a[0]));
                    default -> RETURNS_DEFAULTS.answer(i);
                };
            });
        }

        /** Signs {@code name} in (null signs out). */
        public void signIn(String name) {
            remote.set(name);
        }

        /** The mock. */
        public UserManager manager() {
            return manager;
        }
    }

    /** Group members from a map (the plugin's own port, not a host interface). */
    public static HostGroups groups(Map<String, List<String>> members) {
        return group -> members.getOrDefault(group, List.of());
    }

    /** SAL's LocaleResolver answering one locale for the current request. */
    public static LocaleResolver locale(Locale locale) {
        LocaleResolver resolver = mock(LocaleResolver.class);
        when(resolver.getLocale()).thenReturn(locale);
        return resolver;
    }

    /** SAL's ApplicationProperties of a Confluence at context path {@code /confluence}. */
    public static ApplicationProperties application() {
        ApplicationProperties application = mock(ApplicationProperties.class);
        when(application.getBaseUrl(UrlMode.RELATIVE)).thenReturn("/confluence");
        when(application.getBaseUrl(UrlMode.ABSOLUTE)).thenReturn("https://wiki.example.com/confluence");
        return application;
    }

    /** Confluence's conversion context while rendering the page titled {@code title} in space WSR. */
    public static ConversionContext page(String title) {
        ContentEntityObject entity = mock(ContentEntityObject.class);
        when(entity.getTitle()).thenReturn(title);
        ConversionContext context = mock(ConversionContext.class);
        when(context.getEntity()).thenReturn(entity);
        when(context.getSpaceKey()).thenReturn("WSR");
        when(context.getOutputType()).thenReturn("display");
        return context;
    }
}
