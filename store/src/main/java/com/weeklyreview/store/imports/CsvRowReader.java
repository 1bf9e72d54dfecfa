package com.weeklyreview.store.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV as {@link TextDecoder} decodes it (UTF-8 with or without the Excel/WPS
 * byte-order mark, GBK/GB18030 detected or declared, never garbled): a header row, then one
 * record per row; fields may be quoted, with doubled quotes, commas and line breaks inside.
 * Extra columns are kept (and ignored by the importer); short rows lack their last cells.
 */
public final class CsvRowReader implements RowReader {

    private static final int MAX_FIELD = 100_000;

    private final TextDecoder decoder;
    private final Reader in;
    private final List<String> header;
    private long line = 1;
    private long nextLine = 1;
    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int limit;
    private final StringBuilder field = new StringBuilder();

    /** Opens a reader that detects the charset (UTF-8, else GB18030) and reads the header row. */
    public CsvRowReader(InputStream stream) throws IOException {
        this(stream, Optional.empty());
    }

    /** Opens a reader over text in the charset a client declared, when any, and reads the header row. */
    public CsvRowReader(InputStream stream, Optional<Charset> declared) throws IOException {
        this.decoder = new TextDecoder(stream, declared);
        this.in = decoder;
        if (peek() == '\uFEFF') {
            read();
        }
        List<String> names = record();
        if (names == null) {
            throw new MalformedInputException(1, "the header row is missing");
        }
        header = names.stream().map(String::strip).toList();
    }

    /** Returns the header's column names. */
    @Override
    public Optional<List<String>> header() {
        return Optional.of(header);
    }

    @Override
    public Optional<Row> next() throws IOException {
        while (true) {
            List<String> fields = record();
            if (fields == null) {
                return Optional.empty();
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            Map<String, String> cells = new HashMap<>(2 * header.size());
            for (int i = 0; i < Math.min(fields.size(), header.size()); i++) {
                cells.put(header.get(i), fields.get(i));
            }
            return Optional.of(new Row(line, cells));
        }
    }

    private List<String> record() throws IOException {
        try {
            return readRecord();
        } catch (CharacterCodingException e) {
            throw new MalformedInputException(nextLine, "the file is not " + decoder.charset().name()
                    + " text (save it as UTF-8 or GBK CSV)");
        }
    }

    /** The next character, or -1 at the end; reads the decoder a buffer at a time. */
    private int read() throws IOException {
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    /** The next character without taking it, or -1 at the end. */
    private int peek() throws IOException {
        int c = read();
        if (c != -1) {
            pos--;
        }
        return c;
    }

    private List<String> readRecord() throws IOException {
        line = nextLine;
        List<String> fields = new ArrayList<>(header == null ? 16 : header.size());
        StringBuilder field = this.field;
        field.setLength(0);
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = read()) != -1) {
            any = true;
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (ch == '\n') {
                        nextLine++;
                    }
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && peek() == '\n') {
                    read();
                }
                nextLine++;
                fields.add(field.toString());
                return fields;
            } else {
                field.append(ch);
            }
            if (field.length() > MAX_FIELD) {
                throw new MalformedInputException(line, "a field is longer than " + MAX_FIELD + " characters");
            }
        }
        if (quoted) {
            throw new MalformedInputException(line, "a quoted field is not closed");
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
