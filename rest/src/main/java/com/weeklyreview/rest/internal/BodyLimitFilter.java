package com.weeklyreview.rest.internal;

import com.weeklyreview.rest.json.ApiException;
import com.weeklyreview.rest.json.ErrorJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * Refuses request bodies over the limit with 413, whether or not they declare a length: 1 MiB,
 * except imports, which stream and may send up to 512 MiB.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
@javax.ws.rs.ext.Provider
public final class BodyLimitFilter implements ContainerRequestFilter {

    /** The largest body accepted: 1 MiB. */
    public static final int LIMIT = 1024 * 1024;
    /** The largest import body accepted: 512 MiB. */
    public static final long IMPORT_LIMIT = 512L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = request.getUriInfo().getPath().startsWith("import/") ? IMPORT_LIMIT : LIMIT;
        ErrorJson tooLarge = ErrorJson.of(413, "body",
                Languages.labels(request).get("error.tooLarge", String.valueOf(limit)));
        if (request.getLength() > limit) {
            request.abortWith(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE).entity(tooLarge).build());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), tooLarge, limit));
        }
    }

    private static final class Limited extends FilterInputStream {
        private final ErrorJson tooLarge;
        private final long limit;
        private long read;

        Limited(InputStream in, ErrorJson tooLarge, long limit) {
            super(in);
            this.tooLarge = tooLarge;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new ApiException(tooLarge);
            }
        }
    }
}
