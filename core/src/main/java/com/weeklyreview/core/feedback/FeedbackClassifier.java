package com.weeklyreview.core.feedback;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sorts free-text feedback into product / service / price / other by the complaint lexicon,
 * reading the words a {@link Tokenizer} (a real segmenter for Chinese) finds.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>A keyword matches where its words occur in the text's words, either with at most one
 *       other word between two of them (操作 太 复杂 matches 操作复杂) or as consecutive words
 *       whose letters spell it (so segmentation differences do not matter, but a keyword never
 *       matches inside a longer word: 贵 does not match 不贵, lag does not match flagship).</li>
 *   <li>A match is dropped when a negation word (不, 没有, not …) stands right before it, or before
 *       a degree word right before it, or in the gap inside it: "not expensive", "价格不是很贵",
 *       "操作不复杂". A negation does not reach further: in "写得不清楚，文档太少" the 不 belongs to
 *       清楚, not to 文档.</li>
 *   <li>A complaint keyword weighs 2, a category cue 1, plus ½ per extra word of the keyword;
 *       matches after the last contrast word (但是, but …) weigh double, since the point
 *       usually follows it.</li>
 *   <li>The category with the highest total wins (ties: the one mentioned first); its complaint
 *       with the highest total is the recognised complaint. No match at all is
 *       {@link FeedbackCategory#OTHER}.</li>
 * </ol>
 */
public final class FeedbackClassifier {

    /** How many complaints the top list keeps. */
    public static final int TOP = 5;

    private static final double COMPLAINT_WEIGHT = 2.0;
    private static final double CUE_WEIGHT = 1.0;
    private static final double EXTRA_WORD_WEIGHT = 0.5;
    private static final double AFTER_CONTRAST = 2.0;

    private final Tokenizer tokenizer;
    private final List<Keyword> keywords = new ArrayList<>();
    private final Set<String> negations;
    private final Set<String> contrasts;
    private final Set<String> degrees;

    private record Keyword(Complaint owner, boolean cue, List<String> words, String spelled) {
    }

    /** Creates a classifier over a lexicon, segmenting its keywords with the tokenizer. */
    public FeedbackClassifier(ComplaintLexicon lexicon, Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
        add(lexicon.complaints(), false);
        add(lexicon.cues(), true);
        this.negations = new HashSet<>(lexicon.negations());
        this.contrasts = new HashSet<>(lexicon.contrasts());
        this.degrees = new HashSet<>(lexicon.degrees());
    }

    private void add(List<Complaint> entries, boolean cue) {
        for (Complaint entry : entries) {
            for (String keyword : entry.keywords()) {
                List<String> words = tokenizer.tokens(keyword);
                if (!words.isEmpty()) {
                    keywords.add(new Keyword(entry, cue, words, String.join("", words)));
                }
            }
        }
    }

    /** Classifies one text. */
    public ClassifiedFeedback classify(String text) {
        List<String> words = tokenizer.tokens(text);
        int contrastAt = -1;
        for (int i = 0; i < words.size(); i++) {
            if (contrasts.contains(words.get(i))) {
                contrastAt = i;
            }
        }
        Map<FeedbackCategory, Double> scores = new EnumMap<>(FeedbackCategory.class);
        Map<FeedbackCategory, Integer> firstAt = new EnumMap<>(FeedbackCategory.class);
        Map<Complaint, Double> complaints = new LinkedHashMap<>();
        for (Keyword keyword : keywords) {
            for (int at = 0; at < words.size(); at++) {
                if (!matchesAt(keyword, words, at)) {
                    continue;
                }
                double weight = (keyword.cue() ? CUE_WEIGHT : COMPLAINT_WEIGHT)
                        + EXTRA_WORD_WEIGHT * (keyword.words().size() - 1);
                if (contrastAt >= 0 && at > contrastAt) {
                    weight *= AFTER_CONTRAST;
                }
                FeedbackCategory category = keyword.owner().category();
                scores.merge(category, weight, Double::sum);
                firstAt.merge(category, at, Math::min);
                if (!keyword.cue()) {
                    complaints.merge(keyword.owner(), weight, Double::sum);
                }
            }
        }
        FeedbackCategory best = null;
        for (Map.Entry<FeedbackCategory, Double> e : scores.entrySet()) {
            if (best == null || e.getValue() > scores.get(best)
                    || (e.getValue().equals(scores.get(best)) && firstAt.get(e.getKey()) < firstAt.get(best))) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return new ClassifiedFeedback(text, FeedbackCategory.OTHER, Optional.empty());
        }
        Complaint complaint = null;
        for (Map.Entry<Complaint, Double> e : complaints.entrySet()) {
            if (e.getKey().category() == best && (complaint == null || e.getValue() > complaints.get(complaint))) {
                complaint = e.getKey();
            }
        }
        return new ClassifiedFeedback(text, best, Optional.ofNullable(complaint).map(Complaint::label));
    }

    private boolean matchesAt(Keyword keyword, List<String> words, int at) {
        int end = spelledEnd(keyword.spelled(), words, at);
        if (end < 0) {
            end = gappedEnd(keyword.words(), words, at);
        }
        return end >= 0 && !negated(words, at);
    }

    /** Returns the index after the consecutive words from {@code at} that spell the keyword, or -1. */
    private static int spelledEnd(String spelled, List<String> words, int at) {
        StringBuilder sb = new StringBuilder();
        for (int i = at; i < words.size() && sb.length() < spelled.length(); i++) {
            sb.append(words.get(i));
            if (!spelled.startsWith(sb.toString())) {
                return -1;
            }
            if (sb.length() == spelled.length()) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Returns the index after the keyword's words found from {@code at} with gaps of one non-negation word, or -1. */
    private int gappedEnd(List<String> keyword, List<String> words, int at) {
        if (!words.get(at).equals(keyword.get(0))) {
            return -1;
        }
        int position = at + 1;
        for (int k = 1; k < keyword.size(); k++) {
            String next = keyword.get(k);
            if (position < words.size() && words.get(position).equals(next)) {
                position++;
            } else if (position + 1 < words.size() && words.get(position + 1).equals(next)
                    && !negations.contains(words.get(position))) {
                position += 2;
            } else {
                return -1;
            }
        }
        return position;
    }

    private boolean negated(List<String> words, int at) {
        if (at >= 1 && negations.contains(words.get(at - 1))) {
            return true;
        }
        return at >= 2 && degrees.contains(words.get(at - 1)) && negations.contains(words.get(at - 2));
    }

    /** Classifies texts and groups their complaints. */
    public FeedbackSummary summarise(List<String> texts) {
        Map<FeedbackCategory, Integer> classes = new EnumMap<>(FeedbackCategory.class);
        for (FeedbackCategory c : FeedbackCategory.values()) {
            classes.put(c, 0);
        }
        Map<String, Integer> labels = new LinkedHashMap<>();
        List<ClassifiedFeedback> items = new ArrayList<>(texts.size());
        for (String text : texts) {
            ClassifiedFeedback item = classify(text);
            items.add(item);
            classes.merge(item.category(), 1, Integer::sum);
            item.complaint().ifPresent(label -> labels.merge(label, 1, Integer::sum));
        }
        List<LabelCount> top = labels.entrySet().stream()
                .map(e -> new LabelCount(e.getKey(), e.getValue()))
                .sorted((a, b) -> Integer.compare(b.count(), a.count()))
                .limit(TOP)
                .toList();
        return new FeedbackSummary(classes, items, top);
    }
}
