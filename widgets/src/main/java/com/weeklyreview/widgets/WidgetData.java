package com.weeklyreview.widgets;

import com.weeklyreview.core.evaluation.Evaluation;
import com.weeklyreview.core.items.TrackedItem;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.Stage;
import com.weeklyreview.core.rules.ChurnRisk;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one owner's week that widget macros draw from, whatever the host: the application
 * implements it over its report facts and forecasts, computing each fact only when a widget asks.
 * Every number comes from core; links are empty when the host shows none.
 */
public interface WidgetData {

    /** Whose numbers: a rep or a team. */
    String owner();

    /** The week shown. */
    IsoWeek week();

    /** How many weeks a trend shows. */
    int weeks();

    /** Today in the team's calendar. */
    LocalDate today();

    /** The macro call's own parameters (empty for {@code GET /widgets/{name}.svg}). */
    Map<String, String> parameters();

    /** The week's evaluation (lights, score, funnel, feedback). */
    Evaluation evaluation();

    /** The reviewer's rubric total of the week's report, when reviewed. */
    Optional<Integer> qualityTotal();

    /** Whether the reviewed quality calls for coaching (against last week's). */
    boolean coaching();

    /** Next week's forecast with its backtest, when it can be made. */
    Optional<Widgets.ForecastView> nextWeekForecast();

    /** Sales and target of the {@link #weeks()} weeks up to {@link #week()}, oldest first. */
    List<Widgets.WeekPoint> trend();

    /** Acquisition cost per new customer by channel, in order. */
    Map<Channel, BigDecimal> channelCosts();

    /** Customers by industry; customers without one are counted under {@code other}. */
    Map<String, Long> industries(String other);

    /** The owner's open tracked items. */
    List<TrackedItem> openItems();

    /** The owner's customers at churn risk. */
    List<ChurnRisk> churn();

    /** A user's display name by login, for tables that name people; the login when none is known. */
    default String displayName(String user) {
        return user;
    }

    /** A customer's name by its CRM id, for tables that name customers; the id when none is known. */
    default String customerName(String externalId) {
        return externalId;
    }

    /** The address of the deals of a stage in an ISO week ({@code 2026-W48}); empty for no link. */
    String dealsLink(String week, Stage stage);

    /** The address of the week's collections; empty for no link. */
    String collectionsLink();
}
