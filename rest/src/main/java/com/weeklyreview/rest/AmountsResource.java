package com.weeklyreview.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.fasterxml.jackson.databind.JsonNode;
import com.weeklyreview.core.crm.AmountParser;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Formats;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;

/**
 * {@code POST /amounts} {@code {"texts": ["85万", "1,200,000", "abc"]}}: reads amounts of money as
 * a rep types them, with core's {@link AmountParser} (the same reader the CRM import uses), so the
 * report form shows the amount it will save while the rep types and never sends a number the
 * server would read differently. Each text answers {@code {"text", "amount", "display"}} or
 * {@code {"text", "amount": null, "message"}} (the message in the caller's language). Any
 * logged-in user; at most {@link Checks#MAX_ITEMS} texts.
 */
@LicensedOnly
@Path("amounts")
public final class AmountsResource {

    /** Amounts above this are refused as typing mistakes (a thousand billion yuan). */
    static final BigDecimal MAX = new BigDecimal("1000000000000");

    /** The longest text read (an amount is short; an empty text is allowed and reads as nothing). */
    static final int MAX_LENGTH = 100;

    /** Creates the resource. */
    @Inject
    public AmountsResource() {
        // Nothing held.
    }

    /** Reads every text; a text that is no amount gets a message, never an error status. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> read(java.io.InputStream body, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        JsonNode root = Json.read(body, labels);
        Checks checks = new Checks();
        List<String> texts = new ArrayList<>();
        JsonNode array = root.isObject() ? root.get("texts") : null;
        if (!root.isObject()) {
            checks.add(Violation.of("body", ViolationCode.TYPE, "object"));
        } else if (array == null || array.isNull()) {
            checks.add(Violation.of("texts", ViolationCode.REQUIRED));
        } else if (!array.isArray()) {
            checks.add(Violation.of("texts", ViolationCode.TYPE, "array"));
        } else if (array.size() > Checks.MAX_ITEMS) {
            checks.add(Violation.of("texts", ViolationCode.TOO_LONG, Checks.MAX_ITEMS));
        } else {
            for (int i = 0; i < array.size(); i++) {
                JsonNode t = array.get(i);
                if (!t.isTextual()) {
                    checks.add(Violation.of("texts[" + i + "]", ViolationCode.TYPE, "string"));
                } else {
                    if (t.textValue().length() > MAX_LENGTH) {
                        checks.add(Violation.of("texts[" + i + "]", ViolationCode.TOO_LONG, MAX_LENGTH));
                    }
                    texts.add(t.textValue());
                }
            }
        }
        checks.throwIfAny();
        Formats formats = new Formats(labels.locale());
        List<Map<String, Object>> items = new ArrayList<>();
        for (String text : texts) {
            items.add(read(text, labels, formats));
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", items);
        return result;
    }

    /** Reads one text: the amount in yuan and how the page shows it, or why it is not an amount. */
    static Map<String, Object> read(String text, Labels labels, Formats formats) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("text", text);
        Optional<BigDecimal> amount = text.isBlank() ? Optional.empty() : AmountParser.parse(text);
        String message = null;
        if (text.isBlank()) {
            message = null;
        } else if (amount.isEmpty()) {
            message = labels.get("amount.unreadable", text);
        } else if (amount.get().signum() < 0) {
            message = labels.get("violation.NON_NEGATIVE");
        } else if (amount.get().compareTo(MAX) > 0) {
            message = labels.get("violation.AT_MOST", formats.money(MAX));
        } else if (amount.get().stripTrailingZeros().scale() > 2) {
            message = labels.get("violation.SCALE", 2);
        }
        if (message != null || amount.isEmpty()) {
            item.put("amount", null);
            if (message != null) {
                item.put("message", message);
            }
        } else {
            BigDecimal value = amount.get().stripTrailingZeros();
            item.put("amount", value.scale() < 0 ? value.setScale(0) : value);
            item.put("display", formats.money(value));
        }
        return item;
    }
}
