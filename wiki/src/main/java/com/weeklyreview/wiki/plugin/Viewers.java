package com.weeklyreview.wiki.plugin;

import com.weeklyreview.core.user.User;
import com.weeklyreview.wiki.rest.WikiServices;
import java.security.Principal;
import java.util.Optional;
import org.apache.wiki.api.core.Context;

/** Finds who is viewing a wiki page: the container's user, or JSPWiki's logged-in user. */
final class Viewers {

    private Viewers() {
    }

    static Optional<User> of(Context context, WikiServices wiki) {
        Principal principal = context.getHttpRequest() == null ? null : context.getHttpRequest().getUserPrincipal();
        if (principal == null && context.getWikiSession() != null && context.getWikiSession().isAuthenticated()) {
            principal = context.getWikiSession().getLoginPrincipal();
        }
        return principal == null ? Optional.empty() : wiki.services().users().find(principal.getName());
    }

    /** Returns what a macro needs of this wiki: the viewer, locale, page and this wiki's URLs. */
    static com.weeklyreview.application.macro.MacroContext host(Context context, WikiServices wiki) {
        javax.servlet.http.HttpServletRequest request = context.getHttpRequest();
        java.util.Locale locale = request == null ? java.util.Locale.ENGLISH : request.getLocale();
        String contextPath = request == null ? "" : request.getContextPath();
        return new com.weeklyreview.application.macro.MacroContext(of(context, wiki), locale,
                Optional.ofNullable(context.getPage()).map(p -> p.getName()), contextPath,
                contextPath + com.weeklyreview.rest.WeeklyReviewApplication.BASE_PATH, contextPath + "/wsr", true);
    }
}
