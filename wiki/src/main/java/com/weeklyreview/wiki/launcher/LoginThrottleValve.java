package com.weeklyreview.wiki.launcher;

import com.weeklyreview.rest.auth.LoginThrottle;
import com.weeklyreview.rest.auth.Origins;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Throttles the page log-in (a Tomcat {@code Valve} in front of the FORM authenticator): a locked
 * user name or address is sent back to the log-in page with the minutes left, failures slow the
 * next answer down (see {@link LoginThrottle}).
 */
public final class LoginThrottleValve extends ValveBase {

    private final LoginThrottle throttle;

    /** Creates the valve over a throttle. */
    public LoginThrottleValve(LoginThrottle throttle) {
        super(true);
        this.throttle = throttle;
    }

    /** Creates the valve on the system clock. */
    public LoginThrottleValve() {
        this(new LoginThrottle(Clock.systemUTC()));
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        // Also on what the container answers itself (its log-in page, its errors).
        QuietErrorValve.headers(response, request.isSecure());
        if (!"POST".equals(request.getMethod()) || !request.getDecodedRequestURI().endsWith("/j_security_check")) {
            getNext().invoke(request, response);
            return;
        }
        if (!ownOrigin(request)) {
            // No log-in from another site's page (login CSRF).
            response.sendError(Response.SC_FORBIDDEN);
            return;
        }
        if (request.getCharacterEncoding() == null) {
            request.setCharacterEncoding("UTF-8");
        }
        String user = request.getParameter("j_username");
        String address = request.getRemoteAddr();
        pause(throttle.delay(user, address));
        Optional<Duration> locked = throttle.lockedFor(user, address);
        if (locked.isPresent()) {
            long minutes = Math.max(1, (locked.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/wsr/login.html?locked=" + minutes);
            return;
        }
        getNext().invoke(request, response);
        if (isAuthenticated(request)) {
            throttle.succeeded(user);
        } else {
            throttle.failed(user, address);
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An {@code Origin} (or, without it, a {@code Referer}) when sent must be the product's own. */
    private static boolean ownOrigin(Request request) {
        String host = request.getHeader("Host");
        String own = Origins.own(request.getScheme(), host == null ? request.getServerName() + ":" + request.getServerPort() : host);
        return Origins.isOwn(Origins.claimed(request.getHeader("Origin"), request.getHeader("Referer")), own, true);
    }

    private static boolean isAuthenticated(Request request) {
        var session = request.getSessionInternal(false);
        return session != null && session.getPrincipal() != null;
    }
}
