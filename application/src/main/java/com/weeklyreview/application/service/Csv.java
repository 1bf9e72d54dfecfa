package com.weeklyreview.application.service;

/**
 * CSV rows (RFC 4180): fields quoted when they hold a comma, quote or line break; CRLF line ends;
 * a cell a spreadsheet would run as a formula is neutralised ({@link #formulaLike}).
 */
public final class Csv {

    private Csv() {
    }

    /**
     * True when a spreadsheet could read a cell as a formula: it starts with {@code = + - @}, a
     * TAB or a CR (OWASP's list), unless it is a plain negative number; such a cell is written
     * with a leading {@code '} so Excel, WPS and LibreOffice show it as text.
     */
    static boolean formulaLike(String f) {
        return !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 && !f.matches("-\\d+(\\.\\d+)?");
    }

    public static String row(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            if (formulaLike(f)) {
                f = "'" + f;
            }
            boolean quote = f.startsWith("'") || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0
                    || f.indexOf('\n') >= 0;
            out.append(quote ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return out.append("\r\n").toString();
    }
}
