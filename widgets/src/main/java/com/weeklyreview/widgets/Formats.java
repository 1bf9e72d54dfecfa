package com.weeklyreview.widgets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Money, percentages, numbers and dates formatted for the viewer's locale. Money is yuan (CNY). */
public final class Formats {

    private static final Currency CNY = Currency.getInstance("CNY");

    private final Locale locale;

    /** Creates the formats of a locale; the labels' root locale (English) formats as English. */
    public Formats(Locale locale) {
        this.locale = locale == null || locale.equals(Locale.ROOT) ? Locale.ENGLISH : locale;
    }

    /** Returns the locale numbers and dates are formatted for. */
    public Locale locale() {
        return locale;
    }

    /** Returns money in yuan: {@code ¥850,000} in Chinese, {@code CN¥850,000} in English; fen shown only when present. */
    public String money(BigDecimal yuan) {
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(CNY);
        boolean whole = yuan.stripTrailingZeros().scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(whole ? 0 : 2);
        return f.format(yuan);
    }

    /**
     * Returns money in short form for an axis: {@code ¥85万}, {@code ¥1.2亿} in Chinese, {@code CN¥850K},
     * {@code CN¥1.2M} in English; at most two decimals, half-up, trailing zeros dropped.
     */
    public String moneyShort(BigDecimal yuan) {
        BigDecimal abs = yuan.abs();
        String[] units = isChinese() ? new String[] {"亿", "万"} : new String[] {"B", "M", "K"};
        int[] powers = isChinese() ? new int[] {8, 4} : new int[] {9, 6, 3};
        String prefix = isChinese() ? "\u00a5" : "CN\u00a5";
        for (int i = 0; i < powers.length; i++) {
            if (abs.compareTo(BigDecimal.ONE.movePointRight(powers[i])) >= 0) {
                return prefix + shortNumber(yuan.movePointLeft(powers[i])) + units[i];
            }
        }
        return prefix + shortNumber(yuan);
    }

    private String shortNumber(BigDecimal value) {
        BigDecimal v = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return number(v.scale() < 0 ? v.setScale(0) : v);
    }

    /** Returns a percentage already rounded by core: {@code 92.4%}. */
    public String pct(BigDecimal pct) {
        return number(pct.setScale(1, RoundingMode.HALF_UP)) + "%";
    }

    /** Returns a change in percentage points with its sign: {@code +1.0 pp}, {@code −3.0 pp}. */
    public String pp(BigDecimal pp) {
        String sign = pp.signum() > 0 ? "+" : pp.signum() < 0 ? "\u2212" : "\u00b1";
        return sign + number(pp.abs().setScale(1, RoundingMode.HALF_UP)) + (isChinese() ? " 个百分点" : " pp");
    }

    /** Returns a plain number with the locale's grouping. */
    public String number(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }

    /** Returns a count with the locale's grouping. */
    public String count(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** Returns a date in the locale's medium form. */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Returns a date and time in the locale's medium date and short time form. */
    public String dateTime(java.time.LocalDateTime at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).format(at);
    }

    private boolean isChinese() {
        return "zh".equals(locale.getLanguage());
    }
}
