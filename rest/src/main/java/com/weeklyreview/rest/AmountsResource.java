package com.weeklyreview.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.weeklyreview.core.crm.AmountParser;
import com.weeklyreview.core.report.Checks;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.rest.internal.Binders;
import com.weeklyreview.rest.internal.Json;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.widgets.Formats;
import com.weeklyreview.widgets.Labels;
import java.math.BigDecimal;
import com.weeklyreview.rest.json.TextsJson.AmountJson;
import com.weeklyreview.rest.json.TextsJson.AmountsJson;
import java.util.List;
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
    public AmountsJson read(java.io.InputStream body, @Context HttpHeaders headers) {
        Labels labels = Languages.labels(headers);
        Checks checks = new Checks();
        List<String> texts = Binders.texts(Json.read(body, labels), checks, (path, text) -> {
            if (text.length() > MAX_LENGTH) {
                checks.add(Violation.of(path, ViolationCode.TOO_LONG, MAX_LENGTH));
            }
        });
        Formats formats = new Formats(labels.locale());
        return new AmountsJson(texts.stream().map(text -> read(text, labels, formats)).toList());
    }

    /** Reads one text: the amount in yuan and how the page shows it, or why it is not an amount. */
    static AmountJson read(String text, Labels labels, Formats formats) {
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
            return new AmountJson(text, null, null, message);
        }
        BigDecimal value = amount.get().stripTrailingZeros();
        return new AmountJson(text, value.scale() < 0 ? value.setScale(0) : value, formats.money(value), null);
    }
}
