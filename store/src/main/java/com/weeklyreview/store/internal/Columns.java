package com.weeklyreview.store.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Conversions between domain values and stored columns: money as fen, dates as ISO text. */
final class Columns {

    private Columns() {
    }

    static Long fen(BigDecimal yuan) {
        return yuan == null ? null : yuan.movePointRight(2).longValueExact();
    }

    static BigDecimal yuan(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen, 2);
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    static String text(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
