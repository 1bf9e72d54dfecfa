package com.weeklyreview.atlassian.rest;

import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import com.weeklyreview.rest.RestHosting;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.Provider;

/**
 * The embedded hosts register the API's JSON binding as a singleton; the Atlassian {@code rest}
 * module finds providers by package scan (the error mappers of {@code com.weeklyreview.rest.internal}
 * are annotated for it), so this registers the same binding there.
 */
public final class AtlassianProviders {

    private AtlassianProviders() {
    }

    /** JSON with the API's object mapper (dates, decimals as API.md writes them). */
    @Provider
    @Produces(MediaType.APPLICATION_JSON)
    @Consumes(MediaType.APPLICATION_JSON)
    public static class JsonBinding extends JacksonJsonProvider {
        /** Creates the binding over the API's mapper. */
        public JsonBinding() {
            super(RestHosting.jsonMapper());
        }
    }
}
