package com.weeklyreview.core.crm;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount of money in yuan as Chinese CRMs and spreadsheets write it, exactly
 * ({@link BigDecimal}, no floating point): {@code 850000}, {@code 85万}, {@code 85.5万},
 * {@code 1.2亿}, {@code 1,200,000}, {@code ¥1,200,000.50}, {@code ￥3,000元},
 * {@code RMB 5000}, {@code 人民币12万元}, full-width digits, a leading minus.
 *
 * <p>Rules: surrounding and inner spaces are ignored; one currency mark may lead ({@code ¥ ￥ RMB
 * CNY 人民币}) and {@code 元} or {@code CNY} may end the text; {@code 万} (×10,000) or {@code 亿}
 * (×100,000,000), optionally followed by {@code 元}, scales the number; thousands separators
 * must group by three ({@code 1,2,3} is rejected). Anything else — letters inside the number,
 * two decimal points, an empty text — is not an amount. The caller checks the range and the
 * number of decimals.
 */
public final class AmountParser {

    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
    private static final BigDecimal YI = BigDecimal.TEN.pow(8);
    private static final String[] PREFIXES = {"人民币", "RMB", "CNY", "¥", "￥"};

    private AmountParser() {
    }

    /** Returns the amount in yuan, or empty when the text is not an amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (plain(text)) {
            // Digits with an optional decimal part, what most exports write: nothing to normalise or strip.
            return Optional.of(canonical(new BigDecimal(text)));
        }
        String s = normalise(text);
        boolean negative = false;
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        }
        for (String prefix : PREFIXES) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length())) {
                s = s.substring(prefix.length());
                break;
            }
        }
        if (!negative && s.startsWith("-")) {
            negative = true;
            s = s.substring(1);
        }
        if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        } else if (s.regionMatches(true, Math.max(0, s.length() - 3), "CNY", 0, 3) && s.length() > 3) {
            s = s.substring(0, s.length() - 3);
        }
        BigDecimal scale = BigDecimal.ONE;
        if (s.endsWith("万")) {
            scale = WAN;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("亿")) {
            scale = YI;
            s = s.substring(0, s.length() - 1);
        }
        if (!PLAIN.matcher(s).matches() && !GROUPED.matcher(s).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s.replace(",", "")).multiply(scale);
        if (negative) {
            value = value.negate();
        }
        return Optional.of(canonical(value));
    }

    /** Trailing zeros dropped, but never a negative scale ({@code 1200}, not {@code 1.2E+3}). */
    private static BigDecimal canonical(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** True for ASCII digits with at most one decimal point between digits (what {@code PLAIN} matches). */
    private static boolean plain(String s) {
        int n = s.length();
        if (n == 0 || n > 30) {
            return false;
        }
        boolean point = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (point || i == 0 || i == n - 1) {
                    return false;
                }
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Full-width digits and punctuation to ASCII; every kind of space removed. */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == '，') {
                out.append(',');
            } else if (c == '．') {
                out.append('.');
            } else if (c == '－' || c == '−') {
                out.append('-');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
