package com.weeklyreview.core.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One line of last week's plan as checked in this week's report (上周计划检查): who, what, and
 * whether it was done, not done (with the reason) or moved (with the reason and the new date).
 * A line not checked yet has no status.
 *
 * @param person  who was to do it (a user name)
 * @param action  the key action of last week's plan
 * @param status  done, not done or moved; absent until the rep checks the line
 * @param reason  why it was not done or moved; required then
 * @param movedTo the new deadline of a moved line; required then
 */
public record PlanCheck(String person, String action, Status status, String reason, LocalDate movedTo) {

    /** How a line of last week's plan ended. */
    public enum Status {
        /** Done as planned. */
        DONE("done"),
        /** Not done; the reason says why. */
        NOT_DONE("notDone"),
        /** Moved to a later date; the reason says why. */
        MOVED("moved");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        /** Returns the name used in JSON: {@code done}, {@code notDone}, {@code moved}. */
        public String wireName() {
            return wire;
        }

        /** Returns the status of a JSON name, if it is one. */
        public static Optional<Status> fromWire(String name) {
            return Arrays.stream(values()).filter(s -> s.wire.equals(name)).findFirst();
        }

        /** Returns the JSON names, comma-separated, for error messages. */
        public static String wireNames() {
            return Arrays.stream(values()).map(Status::wireName).collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Checks the line: a reason for a line not done or moved, a date for a moved one. */
    public PlanCheck {
        Checks c = new Checks();
        c.name("person", person).maxLength("action", action).maxLength("reason", reason);
        reason = reason == null ? "" : reason.strip();
        action = action == null ? "" : action;
        if ((status == Status.NOT_DONE || status == Status.MOVED) && reason.isEmpty()) {
            c.add(Violation.of("reason", ViolationCode.REQUIRED));
        }
        if (status == Status.MOVED && movedTo == null) {
            c.add(Violation.of("movedTo", ViolationCode.REQUIRED));
        }
        c.throwIfAny();
    }

    /** Returns the status, when the line has been checked. */
    public Optional<Status> checked() {
        return Optional.ofNullable(status);
    }

    /** Returns the new date of a moved line. */
    public Optional<LocalDate> movedToDate() {
        return Optional.ofNullable(movedTo);
    }
}
