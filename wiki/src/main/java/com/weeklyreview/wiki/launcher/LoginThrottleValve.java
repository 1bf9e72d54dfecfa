package com.weeklyreview.wiki.launcher;

import com.weeklyreview.rest.auth.LoginThrottle;
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
        if (!"POST".equals(request.getMethod()) || !request.getDecodedRequestURI().endsWith("/j_security_check")) {
            getNext().invoke(request, response);
            return;
        }
        String user = request.getParameter("j_username");
        String address = request.getRemoteAddr();
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
            Duration delay = throttle.failed(user, address);
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isAuthenticated(Request request) {
        var session = request.getSessionInternal(false);
        return session != null && session.getPrincipal() != null;
    }
}
