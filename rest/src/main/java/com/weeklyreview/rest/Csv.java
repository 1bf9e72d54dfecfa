package com.weeklyreview.rest;

/** CSV rows (RFC 4180): fields quoted when they hold a comma, quote or line break; CRLF line ends. */
final class Csv {

    private Csv() {
    }

    static String row(String... fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            String f = fields[i] == null ? "" : fields[i];
            // A leading = + - @ would be read as a formula by spreadsheets: quote it as text.
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !f.matches("-?\\d+(\\.\\d+)?")) {
                f = "'" + f;
            }
            out.append(f.matches(".*[,\"\\r\\n].*") || f.startsWith("'") ? "\"" + f.replace("\"", "\"\"") + "\"" : f);
        }
        return out.append("\r\n").toString();
    }
}
