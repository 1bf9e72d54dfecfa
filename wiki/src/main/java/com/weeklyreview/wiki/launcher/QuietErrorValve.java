package com.weeklyreview.wiki.launcher;

import org.apache.catalina.valves.ErrorReportValve;

/**
 * The container's last-resort error report (Tomcat's {@code ErrorReportValve}) without a stack
 * trace or the server's name and version; the webapp's own error page ({@code /wsr/error}) answers
 * every error it can.
 */
public final class QuietErrorValve extends ErrorReportValve {

    /** Creates the valve with reports and server information off. */
    public QuietErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }
}
