package com.weeklyreview.store.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.weeklyreview.core.report.FunnelCounts;
import com.weeklyreview.core.report.Channel;
import com.weeklyreview.core.report.WeeklyReport;
import com.weeklyreview.store.api.StoreException;
import java.math.BigDecimal;

/**
 * API.md's {@code WeeklyReport} JSON, written from and read into core's {@link WeeklyReport}: the
 * REST module writes a report's {@code data} with it, and the store keeps a report's data in this
 * form (the rows written before reports were stored typed hold the same document), mapping it at
 * its boundary so that every reader gets the typed report. Reading goes through
 * {@link WeeklyReportBinder}, so a stored document obeys the same rules as a request body.
 */
public final class WeeklyReportJson {

    /** Exact decimals in, plain numbers out, strict parsing: the configuration of every report document. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private static final WeeklyReportBinder BINDER = new WeeklyReportBinder();

    private WeeklyReportJson() {
    }

    /** Reads a stored document; a document that no longer binds is a {@link StoreException}. */
    public static WeeklyReport read(String document) {
        try {
            return BINDER.bind(MAPPER.readTree(document));
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot read a stored report document", e);
        }
    }

    /** Writes a report as its document text. */
    public static String text(WeeklyReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report));
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write a report document", e);
        }
    }

    /** Writes a report as a JSON tree: every part present, absent parts left out, amounts as given. */
    public static ObjectNode tree(WeeklyReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("owner", r.owner());
        root.put("week", r.week().toString());
        r.sales().ifPresent(s -> {
            ObjectNode sales = root.putObject("sales");
            decimal(sales, "target", s.target());
            decimal(sales, "actual", s.actual());
            ArrayNode gaps = sales.putArray("gapAttributions");
            s.gapAttributions().forEach(a -> {
                ObjectNode g = gaps.addObject();
                text(g, "customer", a.customer());
                decimal(g, "amount", a.amount());
                text(g, "reason", a.reason());
            });
        });
        ArrayNode customers = root.putArray("newCustomers");
        r.newCustomers().forEach(c -> {
            ObjectNode n = customers.addObject();
            text(n, "name", c.name());
            decimal(n, "budget", c.budget());
            n.put("channel", c.channel().wireName());
            n.put("converted", c.converted());
            c.firstDealCycle().ifPresent(d -> n.put("firstDealDays", d));
        });
        r.collections().ifPresent(c -> {
            ObjectNode n = root.putObject("collections");
            decimal(n, "planned", c.planned());
            decimal(n, "actual", c.actual());
            ArrayNode overdue = n.putArray("overdue");
            c.overdue().forEach(o -> {
                ObjectNode x = overdue.addObject();
                text(x, "customer", o.customer());
                decimal(x, "amount", o.amount());
                x.put("daysLate", o.daysLate());
                text(x, "reason", o.reason());
                x.put("controllable", o.controllable());
            });
        });
        r.funnel().ifPresent(f -> funnel(root.putObject("funnel"), f));
        r.previousFunnel().ifPresent(f -> funnel(root.putObject("previousFunnel"), f));
        r.qualitative().ifPresent(q -> {
            ObjectNode n = root.putObject("qualitative");
            decimal(n, "satisfaction", q.satisfaction());
            decimal(n, "collaboration", q.collaboration());
            decimal(n, "responseHours", q.responseHours());
        });
        r.scores().ifPresent(s -> {
            ObjectNode n = root.putObject("scores");
            decimal(n, "quantitative", s.quantitative());
            decimal(n, "qualitative", s.qualitative());
        });
        ArrayNode feedback = root.putArray("feedback");
        r.feedback().forEach(f -> text(feedback.addObject(), "text", f.text()));
        ArrayNode problems = root.putArray("problems");
        r.problems().forEach(p -> {
            ObjectNode n = problems.addObject();
            text(n, "phenomenon", p.phenomenon());
            text(n, "impact", p.impact());
            text(n, "rootCause", p.rootCause());
            text(n, "owner", p.owner());
            p.deadlineDate().ifPresent(d -> n.put("deadline", d.toString()));
        });
        r.plan().ifPresent(p -> {
            ObjectNode n = root.putObject("plan");
            decimal(n, "target", p.target());
            ArrayNode split = n.putArray("split");
            p.split().forEach(s -> {
                ObjectNode x = split.addObject();
                text(x, "person", s.person());
                decimal(x, "amount", s.amount());
                text(x, "action", s.action());
                s.deadlineDate().ifPresent(d -> x.put("deadline", d.toString()));
            });
        });
        if (!r.planCheck().isEmpty()) {
            ArrayNode check = root.putArray("planCheck");
            r.planCheck().forEach(l -> {
                ObjectNode x = check.addObject();
                text(x, "person", l.person());
                text(x, "action", l.action());
                l.checked().ifPresent(st -> x.put("status", st.wireName()));
                if (!l.reason().isEmpty()) {
                    x.put("reason", l.reason());
                }
                l.movedToDate().ifPresent(d -> x.put("movedTo", d.toString()));
            });
        }
        r.submittedAt().ifPresent(t -> root.put("submittedAt", t.toString()));
        if (!r.channelCosts().isEmpty()) {
            ObjectNode costs = root.putObject("channelCosts");
            for (Channel c : Channel.values()) {
                BigDecimal cost = r.channelCosts().get(c);
                if (cost != null) {
                    costs.put(c.wireName(), cost);
                }
            }
        }
        return root;
    }

    private static void funnel(ObjectNode n, FunnelCounts f) {
        n.put("lead", f.lead());
        n.put("needs", f.needs());
        n.put("demo", f.demo());
        n.put("negotiation", f.negotiation());
        n.put("signed", f.signed());
    }

    private static void decimal(ObjectNode n, String name, BigDecimal value) {
        if (value != null) {
            n.put(name, value);
        }
    }

    private static void text(ObjectNode n, String name, String value) {
        if (value != null) {
            n.put(name, value);
        }
    }
}
