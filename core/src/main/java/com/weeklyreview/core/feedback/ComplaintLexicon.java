package com.weeklyreview.core.feedback;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The editable list of known complaints. The resource format is one complaint a line:
 * {@code category | label | keyword, keyword, …}; blank lines and lines starting with
 * {@code #} are ignored.
 */
public final class ComplaintLexicon {

    private static final String DEFAULT_RESOURCE = "complaints.txt";

    private final List<Complaint> complaints;

    private ComplaintLexicon(List<Complaint> complaints) {
        this.complaints = List.copyOf(complaints);
    }

    /** Loads the lexicon shipped with core ({@code complaints.txt} beside this class). */
    public static ComplaintLexicon defaults() {
        try (InputStream in = ComplaintLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a lexicon from UTF-8 text. */
    public static ComplaintLexicon parse(InputStream in) throws IOException {
        List<Complaint> result = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split("\\|");
                if (parts.length != 3) {
                    throw new IllegalArgumentException("line " + number + " must be 'category | label | keywords' but was " + trimmed);
                }
                int at = number;
                FeedbackCategory category = FeedbackCategory.fromWire(parts[0].strip())
                        .orElseThrow(() -> new IllegalArgumentException("line " + at + " has an unknown category"));
                result.add(new Complaint(parts[1].strip(), category, Arrays.asList(parts[2].split("[,，]"))));
            }
        }
        return new ComplaintLexicon(result);
    }

    /** Returns the complaints in file order. */
    public List<Complaint> complaints() {
        return complaints;
    }
}
