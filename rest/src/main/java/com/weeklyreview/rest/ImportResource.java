package com.weeklyreview.rest;

import com.weeklyreview.core.user.Role;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.rest.json.ImportJson;
import com.weeklyreview.core.report.Violation;
import com.weeklyreview.core.report.ViolationCode;
import com.weeklyreview.core.user.User;
import com.weeklyreview.store.imports.CsvRowReader;
import com.weeklyreview.store.imports.HeaderMismatchException;
import com.weeklyreview.store.imports.ImportKind;
import com.weeklyreview.store.imports.ImportResult;
import com.weeklyreview.store.imports.Importer;
import com.weeklyreview.store.imports.JsonRowReader;
import com.weeklyreview.store.imports.MalformedInputException;
import com.weeklyreview.store.imports.RowReader;
import com.weeklyreview.widgets.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Optional;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import javax.inject.Inject;

/**
 * {@code POST /import/{deals|customers|activities|collections}}: a CRM export as CSV (header
 * row in English or Chinese, UTF-8 with or without BOM or GBK/GB18030, detected or given as
 * {@code charset=}) or a JSON array, streamed; idempotent by external id; every bad row reported
 * with its line, field, code and reason while the good rows are kept; one transaction per batch.
 * Needs the admin role (any known user's rows) or the manager role (the rows of the manager and
 * the manager's team); a row of an owner that is no user is {@code UNKNOWN_OWNER}, of a user
 * outside the manager's team {@code OWNER_OUT_OF_SCOPE} — so is a manager's row whose external id is
 * a stored record of someone outside the team (which stays as it was).
 */
@LicensedOnly
@Path("import")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportResource {

    private final RestServices services;

    /** Creates the resource over the services. */
    @Inject
    public ImportResource(RestServices services) {
        this.services = services;
    }

    /**
     * Adds the rep-weeks whose facts a record counts in: a deal's week of expected close and of signing
     * (funnel, signed sales), a collection's week due (planned, paid); customers and activities count in
     * no fact.
     */
    private static void touched(Object record, java.util.Set<String> weeks) {
        if (record instanceof com.weeklyreview.core.crm.Deal d) {
            weeks.add(d.owner() + "|" + com.weeklyreview.core.report.IsoWeek.of(d.expectedClose()));
            d.signed().ifPresent(s -> weeks.add(d.owner() + "|" + com.weeklyreview.core.report.IsoWeek.of(s)));
        } else if (record instanceof com.weeklyreview.core.crm.CollectionRecord c) {
            weeks.add(c.owner() + "|" + com.weeklyreview.core.report.IsoWeek.of(c.dueDate()));
        }
    }

    /**
     * Whose rows the caller may import: an admin any known user's, a manager their own and their
     * team members'. User names are compared exactly ({@code ZHANG} is not {@code zhang}). A manager's
     * row that would replace a stored record of someone outside the team is rejected as well
     * ({@code OWNER_OUT_OF_SCOPE}, the stored record unchanged); an admin may replace any stored
     * record, and their import reads no stored owner.
     */
    private Importer.OwnerCheck scope(User caller) {
        Importer.OwnerCheck check = owner -> {
            Optional<User> user = services.users().find(owner).filter(u -> u.name().equals(owner));
            if (user.isEmpty()) {
                return Optional.of(Violation.of("owner", ViolationCode.UNKNOWN_OWNER, owner));
            }
            boolean mine = caller.role() == Role.ADMIN || caller.name().equals(owner)
                    || caller.team().isPresent() && caller.team().equals(user.get().team());
            return mine ? Optional.empty() : Optional.of(Violation.of("owner", ViolationCode.OWNER_OUT_OF_SCOPE, owner));
        };
        return caller.role() == Role.ADMIN ? check.anyStored() : check;
    }

    /** The charset the content type names, when any; an unknown one is 400. */
    private static Optional<Charset> charset(MediaType type, Labels labels) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name.strip().replace("\"", "")));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorJson.of(400, "charset", labels.get("error.charset", name)));
        }
    }

    /** Imports the body. */
    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    public ImportJson run(@PathParam("kind") String kindName, InputStream body,
                          @Context SecurityContext security, @Context HttpHeaders headers) throws IOException {
        Call call = Call.of(services, security, headers);
        Labels labels = call.labels();
        User caller = call.caller();
        Access.requireRole(caller, labels, Role.ADMIN, Role.MANAGER);
        ImportKind kind = ImportKind.fromWire(kindName).orElseThrow(() ->
                new ApiException(ErrorJson.of(404, "kind", labels.get("error.unknownKind", kindName,
                        String.join(", ", com.weeklyreview.store.Store.kinds().stream().map(k -> k.name()).toList())))));
        boolean json = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        java.util.Set<String> weeks = new java.util.LinkedHashSet<>();
        Optional<Charset> charset = json ? Optional.empty() : charset(headers.getMediaType(), labels);
        // A pending mark for every fact is committed before the first batch and removed after the
        // facts of every rep and week the records touch are recomputed: a crash in between leaves
        // the mark, and start-up recomputes the facts (Rollups.recover).
        ImportResult result = services.rollups().changing(null, null, () -> {
            try (RowReader reader = json ? new JsonRowReader(body) : new CsvRowReader(body, charset)) {
                // The weeks of every record as imported, and of every changed one as it was stored: a deal
                // moved to another rep or week leaves the old rep's week, whose fact must stop counting it.
                return new Importer(services.store(), batches -> { }, record -> touched(record, weeks))
                        .replaced(record -> touched(record, weeks)).owners(scope(caller)).run(kind, reader);
            } catch (HeaderMismatchException e) {
                throw new ApiException(ErrorJson.of(400, "header", labels.get("error.importHeader",
                        String.join(", ", e.missing()), String.join(", ", e.expected()))));
            } catch (MalformedInputException e) {
                throw new ApiException(ErrorJson.of(400, "body",
                        labels.get(json ? "error.malformed" : "error.malformedFile", e.getMessage())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, rollups -> rollups.refreshAll(weeks.stream()
                .map(com.weeklyreview.application.service.Rollups.OwnerWeek::parse).toList()));
        return ImportJson.of(result, labels);
    }
}
