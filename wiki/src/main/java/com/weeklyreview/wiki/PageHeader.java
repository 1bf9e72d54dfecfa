package com.weeklyreview.wiki;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.user.User;
import com.weeklyreview.core.spi.UserDirectory;
import com.weeklyreview.application.macro.Titles;
import com.weeklyreview.widgets.Escape;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The page header of the wiki host (template {@code wsr}, {@code Header.jsp}) in the viewer's
 * language: the product's name linking to the front page, the page's title ({@code 张三 · 2026 年第
 * 48 周周报} for a report page instead of its stable name {@code WeeklyReport_zhang_2026-W48}), and
 * the signed-in user's display name and role with log-out — or a log-in link that returns to
 * this page. The markup is in the templates {@code host-header-user.vm} and
 * {@code host-header-links.vm}, which escape every value.
 */
public final class PageHeader {

    private static final Escape ESC = new Escape();
    private static final TemplateRenderer TEMPLATES = new TemplateRenderer();

    /**
     * The user box: signed in, the display name and role with log-out; else the log-in link.
     *
     * @param signedIn    whether a known user is signed in
     * @param displayName the user's display name
     * @param role        the user's role in the viewer's language
     * @param logout      the log-out address
     * @param login       the log-in address returning to this page
     */
    record UserBox(boolean signedIn, String displayName, String role, String logout, String login) {
    }

    /**
     * The header's links.
     *
     * @param front the front page
     * @param help  the help page
     */
    record Links(String front, String help) {
    }
    private static final String REPORT_PAGE = "WeeklyReport_";

    private PageHeader() {
    }

    /**
     * Returns the BCP 47 tag of the language a page is shown in, for {@code <html lang>}: the
     * language of the product's labels for the viewer's locale ({@code zh-CN} or {@code en}), never
     * Java's form ({@code zh_CN}) that JSPWiki's templates write from their preferences.
     */
    public static String languageTag(Locale locale) {
        return Labels.of(locale).locale().getLanguage().equals("zh") ? "zh-CN" : "en";
    }

    /** Returns the page's title in the viewer's language, HTML-escaped. */
    public static String title(String page, Locale locale, UserDirectory users) {
        return ESC.html(plainTitle(page, locale, users));
    }

    /** Returns the page's title in the viewer's language. */
    public static String plainTitle(String page, Locale locale, UserDirectory users) {
        Labels labels = Labels.of(locale);
        if (page == null || page.isEmpty() || "Main".equals(page)) {
            return labels.get("header.front");
        }
        if ("WeeklySalesReview".equals(page)) {
            return labels.get("header.help");
        }
        if (labels.has("page." + page)) {
            // the product's own pages (regions, drill-down, review sample)
            return labels.get("page." + page);
        }
        if (page.startsWith(REPORT_PAGE)) {
            String[] parts = page.substring(REPORT_PAGE.length()).split("_", 2);
            if (parts.length == 2) {
                try {
                    IsoWeek week = IsoWeek.parse(parts[1]);
                    String owner = users.find(parts[0]).map(User::displayName).orElse(parts[0]);
                    return Titles.report(owner, week, labels);
                } catch (InvalidInputException e) {
                    return page;
                }
            }
        }
        return page;
    }

    /** Returns the header's user box: display name, role and log-out, or a log-in link back to this page. */
    public static String userBox(String principal, String page, String contextPath, Locale locale, UserDirectory users) {
        Labels labels = Labels.of(locale);
        Optional<User> user = principal == null ? Optional.empty() : users.find(principal);
        String back = page == null || page.isEmpty() ? "" : "?redirect=" + URLEncoder.encode(page, StandardCharsets.UTF_8);
        return TEMPLATES.render("host-header-user", new UserBox(user.isPresent(), user.map(User::displayName).orElse(""),
                user.map(u -> labels.get("role." + u.role().name())).orElse(""), contextPath + "/Logout.jsp",
                contextPath + "/Login.jsp" + back), labels).strip();
    }

    /** Returns the header's links: my week and help, in the viewer's language. */
    public static String links(String contextPath, Locale locale) {
        return TEMPLATES.render("host-header-links", new Links(contextPath + "/Wiki.jsp?page=Main",
                contextPath + "/Wiki.jsp?page=WeeklySalesReview"), Labels.of(locale)).strip();
    }
}
