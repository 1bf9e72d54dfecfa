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
 */
public enum CrmColumns {
    /** Deals. */
    DEALS(List.of("externalId", "owner", "customer", "stage", "amount", "expectedClose"), aliases(
            "externalId", "商机编号,商机ID,机会编号,机会ID,外部编号,外部ID,编号,ID,CRM ID,deal id,opportunity id",
            "owner", Names.OWNER,
            "customer", "客户编号,客户ID,客户,客户名称,客户名,公司,公司名称,account,account name,customer name,company",
            "stage", "阶段,商机阶段,销售阶段,当前阶段,状态,sales stage,deal stage,status",
            "amount", "金额,商机金额,预计金额,预计成交金额,合同金额,成交金额,value,deal value,deal amount",
            "expectedClose", "预计成交日期,预计签单日期,预计结单日期,预计成交时间,预计签约日期,结单日期,"
                    + "expected close,expected close date,close date",
            "promisedSignDate", "承诺签约日期,承诺签单日期,客户承诺签约日期,承诺日期,promised sign date,promised date",
            "signedDate", "签约日期,成交日期,签单日期,赢单日期,实际成交日期,signed date,won date,closed date",
            "channel", "渠道,来源,客户来源,商机来源,线索来源,获客渠道,source,lead source",
            "industry", Names.INDUSTRY,
            "lostReason", "输单原因,丢单原因,失败原因,lost reason")),
    /** Customers. */
    CUSTOMERS(List.of("externalId", "name", "owner"), aliases(
            "externalId", "客户编号,客户ID,外部编号,外部ID,编号,ID,CRM ID,customer id,account id",
            "name", "客户名称,客户,客户名,名称,公司名称,公司,customer name,customer,account name,company",
            "owner", Names.OWNER,
            "industry", Names.INDUSTRY,
            "valueTier", "价值等级,客户等级,客户级别,等级,级别,value tier,tier,level,rating",
            "lastContact", "最后联系日期,最后联系时间,最近联系日期,最近联系时间,最后跟进时间,最后跟进日期,"
                    + "最近跟进时间,最近跟进日期,last contact,last contacted,last activity")),
    /** Visits, calls, e-mails and online meetings. */
    ACTIVITIES(List.of("externalId", "owner", "customer", "type", "date"), aliases(
            "externalId", "活动编号,跟进编号,跟进记录编号,记录编号,外部编号,外部ID,编号,ID,CRM ID,activity id",
            "owner", Names.OWNER,
            "customer", "客户编号,客户ID,客户,客户名称,客户名,公司,公司名称,account,customer name,company",
            "type", "类型,活动类型,跟进方式,跟进类型,联系方式,activity type",
            "date", "日期,活动日期,跟进日期,跟进时间,拜访日期,activity date",
            "minutes", "时长,时长分钟,分钟,持续时间,duration",
            "note", "备注,跟进内容,跟进记录,内容,说明,notes,description,comment")),
    /** Planned and paid collections. */
    COLLECTIONS(List.of("externalId", "owner", "customer", "planned", "dueDate"), aliases(
            "externalId", "回款编号,回款计划编号,回款ID,外部编号,外部ID,编号,ID,CRM ID,collection id",
            "owner", Names.OWNER,
            "customer", "客户编号,客户ID,客户,客户名称,客户名,公司,公司名称,account,customer name,company",
            "planned", "计划回款金额,计划金额,应收金额,应回款金额,回款计划金额,planned amount,amount due",
            "dueDate", "计划回款日期,应收日期,应回款日期,到期日,到期日期,due date",
            "actual", "实际回款金额,回款金额,实收金额,已回款金额,actual amount,paid amount",
            "paidDate", "实际回款日期,回款日期,实收日期,paid date,payment date",
            "reason", "逾期原因,原因,延期原因,late reason",
            "controllable", "是否可控,可控,可控原因,internal"));

    /** Names shared by several kinds (a holder, so the constants above may use them). */
    private static final class Names {
        static final String OWNER = "负责人,销售,销售代表,销售负责人,客户负责人,商机负责人,所有者,归属人,跟进人,"
                + "业务员,owner name,sales rep,rep,assigned to,account owner";
        static final String INDUSTRY = "行业,所属行业,客户行业,行业类型,industry type";
    }

    private final List<String> required;
    private final Map<String, List<String>> aliases;
    private final Map<String, Alias> lookup = new LinkedHashMap<>();

    /** The column a header stands for and its rank among that column's names (0 = the column's own name). */
    private record Alias(String column, int rank) {
    }

    CrmColumns(List<String> required, Map<String, List<String>> aliases) {
        this.required = required;
        this.aliases = aliases;
        aliases.forEach((column, names) -> {
            lookup.put(fold(column), new Alias(column, 0));
            for (int i = 0; i < names.size(); i++) {
                lookup.putIfAbsent(fold(names.get(i)), new Alias(column, i + 1));
            }
        });
    }

    private static Map<String, List<String>> aliases(String... pairs) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1].split(",")));
        }
        return Collections.unmodifiableMap(map);
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
