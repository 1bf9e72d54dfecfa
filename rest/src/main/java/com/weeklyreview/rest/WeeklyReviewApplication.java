package com.weeklyreview.rest;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import com.weeklyreview.rest.internal.AuthFilter;
import com.weeklyreview.rest.internal.BodyLimitFilter;
import com.weeklyreview.rest.internal.ErrorMappers;
import com.weeklyreview.rest.internal.Json;
import java.util.Set;
import javax.ws.rs.core.Application;

/**
 * The REST module as a plain JAX-RS application: every resource and provider, built over the
 * services a host hands in. Hosts mount it at {@code /rest/weekly-review/1.0}.
 */
public class WeeklyReviewApplication extends Application {

    /** Where every host mounts the module. */
    public static final String BASE_PATH = "/rest/weekly-review/1.0";

    private final Set<Object> singletons;

    /** Creates the application over a host's services. */
    public WeeklyReviewApplication(RestServices services) {
        // Week facts a crash left pending are recomputed before the first request is served.
        services.rollups().recover();
        singletons = Set.of(
                new HealthResource(services),
                new EvaluateResource(services.evaluator()),
                new ClassifyResource(services.classifier()),
                new AmountsResource(),
                new ItemsResource(services),
                new ReportsResource(services),
                new ImportResource(services),
                new CommitmentsResource(services),
                new RecordsResource(services),
                new ReviewsResource(services),
                new CommentsResource(services),
                new RemindersResource(services),
                new RecordsDrillResource(services),
                new ForecastResource(services),
                new RollupsResource(services, services.rollups()),
                new WidgetsResource(services, services.widgets()),
                new JacksonJsonProvider(Json.MAPPER),
                new com.weeklyreview.rest.internal.HeaderCheckFilter(),
                new BodyLimitFilter(),
                new AuthFilter(services.authenticator(), services.users(), services.store().tokens(), services.clock()),
                new TokensResource(services),
                new ErrorMappers.Api(),
                new ErrorMappers.Invalid(),
                new ErrorMappers.Web(),
                new ErrorMappers.JsonSyntax(),
                new ErrorMappers.Processing(),
                new ErrorMappers.Store(),
                new ErrorMappers.Conflict(),
                new ErrorMappers.Unexpected());
    }

    @Override
    public Set<Object> getSingletons() {
        return singletons;
    }
}
