package com.weeklyreview.wiki.plugin;

import com.weeklyreview.core.report.InvalidInputException;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.User;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.service.WidgetRenderer;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.wiki.rest.WikiServices;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.http.HttpServletRequest;
import org.apache.wiki.api.core.Context;
import org.apache.wiki.api.plugin.Plugin;

/**
 * The shared body of the page macros: parse {@code owner} (or {@code team}), {@code week} and
 * {@code weeks}, check that the viewer may see that owner's numbers, and render the widget. Bad
 * parameters and refusals render an inline error box; the rest of the page still renders.
 * Implements JSPWiki's {@link Plugin} extension point ({@code [{Name owner='zhang' week='2026-W48'}]}).
 */
abstract class WidgetMacro implements Plugin {

    private static final Logger LOG = Logger.getLogger(WidgetMacro.class.getName());

    /** Returns the widget this macro shows. */
    abstract String widget();

    @Override
    public String execute(Context context, Map<String, String> params) {
        HttpServletRequest request = context.getHttpRequest();
        Locale locale = request == null ? Locale.ENGLISH : request.getLocale();
        Labels labels = Labels.of(locale);
        try {
            WikiServices wiki = WikiServices.get();
            Optional<User> viewer = Viewers.of(context, wiki);
            if (viewer.isEmpty()) {
                return ErrorBox.of(labels.get("macro.login"));
            }
            String owner = Optional.ofNullable(params.get("owner")).or(() -> Optional.ofNullable(params.get("team")))
                    .map(String::strip).filter(s -> !s.isEmpty()).orElse(viewer.get().name());
            Access access = new Access(wiki.services().users());
            if (!access.known(owner)) {
                return ErrorBox.of(labels.get("macro.badParam", "owner", owner));
            }
            if (!access.mayActFor(viewer.get(), owner)) {
                return ErrorBox.of(labels.get("error.forbidden"));
            }
            IsoWeek week;
            try {
                week = params.containsKey("week") ? IsoWeek.parse(params.get("week").strip())
                        : IsoWeek.of(wiki.services().today());
            } catch (InvalidInputException e) {
                return ErrorBox.of(labels.get("macro.badParam", "week", params.get("week")));
            }
            int weeks = WidgetRenderer.DEFAULT_WEEKS;
            if (params.containsKey("weeks")) {
                try {
                    weeks = Integer.parseInt(params.get("weeks").strip());
                } catch (NumberFormatException e) {
                    weeks = -1;
                }
                if (weeks < 1 || weeks > 104) {
                    return ErrorBox.of(labels.get("macro.badParam", "weeks", params.get("weeks")));
                }
            }
            return "<div class=\"wsr-macro wsr-" + widget() + "\">"
                    + wiki.widgets().render(widget(), owner, week, weeks, labels.locale(),
                    (request == null ? "" : request.getContextPath()) + com.weeklyreview.rest.WeeklyReviewApplication.BASE_PATH)
                    + "</div>";
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "macro " + widget() + " failed", e);
            return ErrorBox.of(labels.get("error.internal"));
        }
    }
}
