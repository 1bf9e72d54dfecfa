package com.weeklyreview.core.crm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of each kind of CRM export and the header names that stand for them, in English
 * and Chinese. A header matches after folding case and dropping spaces, {@code _ - * :} and a
 * unit in brackets ({@code 金额（元）} is {@code 金额}, {@code External ID} is
 * {@code externalid}). When two headers of one file name the same column, the one earlier in
 * the column's alias list wins (so a deal file with both 客户编号 and 客户名称 links by id).
 * Each kind declares its own in its {@link CrmKind} definition.
 */
public final class CrmColumns {

    /** The names of an owner column, shared by every kind. */
    public static final String OWNER = "负责人,销售,销售代表,销售负责人,客户负责人,商机负责人,所有者,归属人,跟进人,"
            + "业务员,owner name,sales rep,rep,assigned to,account owner";
    /** The names of an industry column. */
    public static final String INDUSTRY = "行业,所属行业,客户行业,行业类型,industry type";
    /** The names of a column naming the customer of a deal, activity or collection (by id or by name). */
    public static final String CUSTOMER = "客户编号,客户ID,客户,客户名称,客户名,公司,公司名称,account,customer name,company";

    private final List<String> required;
    private final Map<String, List<String>> aliases;
    private final Map<String, Alias> lookup = new LinkedHashMap<>();

    /** The column a header stands for and its rank among that column's names (0 = the column's own name). */
    private record Alias(String column, int rank) {
    }

    /** Creates the columns of a kind: the required ones and every column's header aliases, in order. */
    CrmColumns(List<String> required, Map<String, List<String>> aliases) {
        this.required = required;
        this.aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases));
        aliases.forEach((column, names) -> {
            lookup.put(fold(column), new Alias(column, 0));
            for (int i = 0; i < names.size(); i++) {
                lookup.putIfAbsent(fold(names.get(i)), new Alias(column, i + 1));
            }
        });
    }

    /** Folds a header for matching: lower case; spaces, {@code _ - * :} and a trailing unit in brackets dropped. */
    static String fold(String header) {
        String s = header.strip().replaceAll("[（(][^）)]*[）)]$", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000_\\-*:：]+", "");
    }

    /** Returns the column names (the JSON keys of {@code API.md}), in order. */
    public List<String> columns() {
        return List.copyOf(aliases.keySet());
    }

    /** Returns the columns every file of this kind must have. */
    public List<String> required() {
        return required;
    }

    /** Returns the other names a column may have in a header, in order of preference. */
    public List<String> aliases(String column) {
        return aliases.getOrDefault(column, List.of());
    }

    /** Returns the column a header name stands for, when any. */
    public Optional<String> column(String header) {
        return Optional.ofNullable(header).map(h -> lookup.get(fold(h))).map(Alias::column);
    }

    /**
     * Maps each header of a file to its column: the result has one entry per header position,
     * the column name or {@code null} for a header that is ignored (unknown, or a less preferred
     * name of a column another header already gives).
     */
    public List<String> resolve(List<String> header) {
        List<String> out = new ArrayList<>(Collections.nCopies(header.size(), (String) null));
        Map<String, Integer> best = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Alias a = header.get(i) == null ? null : lookup.get(fold(header.get(i)));
            if (a == null) {
                continue;
            }
            Integer held = best.get(a.column());
            if (held == null || lookup.get(fold(header.get(held))).rank() > a.rank()) {
                if (held != null) {
                    out.set(held, null);
                }
                best.put(a.column(), i);
                out.set(i, a.column());
            }
        }
        return out;
    }

    /** Returns the required columns a resolved header lacks, in order. */
    public List<String> missing(List<String> resolved) {
        return required.stream().filter(c -> !resolved.contains(c)).toList();
    }
}
