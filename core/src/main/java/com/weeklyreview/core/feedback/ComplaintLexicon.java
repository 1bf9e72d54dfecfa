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
import java.util.Locale;
import java.util.Map;

/**
 * The editable word lists the classifier reads. The resource format is one entry a line:
 * <ul>
 *   <li>{@code category | label | keyword, keyword, …}: a recurring complaint and its keywords;</li>
 *   <li>{@code category | * | cue, cue, …}: words that place a text in a category without
 *       naming a complaint (产品, 服务, price …);</li>
 *   <li>{@code negation | word, …}: words that cancel the keyword right after them (不, not …);</li>
 *   <li>{@code degree | word, …}: words a negation reaches over (不是 很 贵, not too expensive);</li>
 *   <li>{@code contrast | word, …}: words after which the text's main point follows (但是, but …).</li>
 * </ul>
 * Blank lines and lines starting with {@code #} are ignored. Keywords may be phrases; the
 * classifier segments them with the same tokenizer as the texts.
 */
public final class ComplaintLexicon {

    private static final String DEFAULT_RESOURCE = "complaints.txt";
    private static final String CUE_LABEL = "*";

    private final List<Complaint> complaints;
    private final List<Complaint> cues;
    private final List<String> negations;
    private final List<String> contrasts;
    private final List<String> degrees;

    private ComplaintLexicon(List<Complaint> complaints, List<Complaint> cues, List<String> negations,
                             List<String> contrasts, List<String> degrees) {
        this.complaints = List.copyOf(complaints);
        this.cues = List.copyOf(cues);
        this.negations = List.copyOf(negations);
        this.contrasts = List.copyOf(contrasts);
        this.degrees = List.copyOf(degrees);
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
        List<Complaint> complaints = new ArrayList<>();
        List<Complaint> cues = new ArrayList<>();
        List<String> negations = new ArrayList<>();
        List<String> contrasts = new ArrayList<>();
        List<String> degrees = new ArrayList<>();
        Map<String, List<String>> lists = Map.of("negation", negations, "contrast", contrasts, "degree", degrees);
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
                String head = parts[0].strip();
                if (parts.length == 2 && lists.containsKey(head)) {
                    lists.get(head).addAll(words(parts[1]));
                    continue;
                }
                if (parts.length != 3) {
                    throw new IllegalArgumentException("line " + number + " must be 'category | label | keywords' but was " + trimmed);
                }
                int at = number;
                FeedbackCategory category = FeedbackCategory.fromWire(head)
                        .orElseThrow(() -> new IllegalArgumentException("line " + at + " has an unknown category " + head));
                String label = parts[1].strip();
                Complaint entry = new Complaint(label, category, words(parts[2]));
                (label.equals(CUE_LABEL) ? cues : complaints).add(entry);
            }
        }
        return new ComplaintLexicon(complaints, cues, negations, contrasts, degrees);
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.split("[,，]")).map(w -> w.strip().toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** Returns the complaints in file order. */
    public List<Complaint> complaints() {
        return complaints;
    }

    /** Returns the category cues (entries labelled {@code *}) in file order. */
    public List<Complaint> cues() {
        return cues;
    }

    /** Returns the negation words. */
    public List<String> negations() {
        return negations;
    }

    /** Returns the contrast words. */
    public List<String> contrasts() {
        return contrasts;
    }

    /** Returns the degree words a negation reaches over. */
    public List<String> degrees() {
        return degrees;
    }
}
