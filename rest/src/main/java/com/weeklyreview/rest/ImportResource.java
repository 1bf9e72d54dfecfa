package com.weeklyreview.rest;

import com.weeklyreview.core.spi.Role;
import com.weeklyreview.rest.internal.Access;
import com.weeklyreview.rest.internal.Caller;
import com.weeklyreview.rest.internal.Languages;
import com.weeklyreview.rest.json.ErrorJson;
import com.weeklyreview.store.imports.CsvRowReader;
import com.weeklyreview.store.imports.ImportKind;
import com.weeklyreview.store.imports.ImportResult;
import com.weeklyreview.store.imports.Importer;
import com.weeklyreview.store.imports.JsonRowReader;
import com.weeklyreview.store.imports.MalformedInputException;
import com.weeklyreview.store.imports.RowReader;
import com.weeklyreview.widgets.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * {@code POST /import/{deals|customers|activities|collections}}: a CRM export as CSV (UTF-8,
 * header row) or a JSON array, streamed; idempotent by external id; every bad row reported with
 * its line, field and reason while the good rows are kept; one transaction per batch. Needs the
 * admin or manager role.
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

    private static void touched(Object record, java.util.Set<String> weeks) {
        if (record instanceof com.weeklyreview.core.crm.Deal d) {
            weeks.add(d.owner() + "|" + com.weeklyreview.core.report.IsoWeek.of(d.expectedClose()));
            d.signed().ifPresent(s -> weeks.add(d.owner() + "|" + com.weeklyreview.core.report.IsoWeek.of(s)));
        } else if (record instanceof com.weeklyreview.core.crm.CollectionRecord c) {
            weeks.add(c.owner() + "|" + com.weeklyreview.core.report.IsoWeek.of(c.dueDate()));
        }
    }

    /** Imports the body. */
    @POST
    @Path("{kind}")
    @Consumes({"text/csv", MediaType.APPLICATION_JSON})
    public Map<String, Object> run(@PathParam("kind") String kindName, InputStream body,
                                   @Context SecurityContext security, @Context HttpHeaders headers) throws IOException {
        Labels labels = Languages.labels(headers.getAcceptableLanguages());
        Access.requireRole(Caller.of(security), labels, Role.ADMIN, Role.MANAGER);
        ImportKind kind = ImportKind.fromWire(kindName).orElseThrow(() ->
                new ApiException(ErrorJson.of(404, "kind", labels.get("error.unknownKind", kindName))));
        boolean json = headers.getMediaType() != null && headers.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE);
        ImportResult result;
        java.util.Set<String> weeks = new java.util.LinkedHashSet<>();
        try (RowReader reader = json ? new JsonRowReader(body) : new CsvRowReader(body)) {
            result = new Importer(services.store(), batches -> { }, record -> touched(record, weeks)).run(kind, reader);
        } catch (MalformedInputException e) {
            throw new ApiException(ErrorJson.of(400, "body", labels.get("error.malformed", e.getMessage())));
        }
        // The rollups' facts of every rep and week the records touch are recomputed.
        com.weeklyreview.rest.service.Rollups rollups = new com.weeklyreview.rest.service.Rollups(services);
        for (String key : weeks) {
            int bar = key.indexOf('|');
            rollups.refresh(key.substring(0, bar), com.weeklyreview.core.report.IsoWeek.parse(key.substring(bar + 1)));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("accepted", result.accepted());
        out.put("updated", result.updated());
        out.put("unchanged", result.unchanged());
        out.put("rejected", result.rejected().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("line", r.line());
            row.put("field", r.violation().path());
            row.put("message", labels.violation(r.violation()));
            return row;
        }).toList());
        out.put("rejectedRows", result.rejectedRows());
        return out;
    }
}
