package com.weeklyreview.core.crm;

import com.weeklyreview.core.report.Channel;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names CRM exports give deal stages, channels, activity types and yes/no values, in Chinese
 * and in common CRM English, mapped to the product's values. Matching ignores case, surrounding
 * spaces and the difference between spaces, {@code _}, {@code -} and {@code /}
 * ({@code Closed Won}, {@code closed_won} and {@code CLOSED-WON} are one name).
 */
public final class CrmVocabulary {

    private static final Map<String, DealStage> STAGES = new HashMap<>();
    private static final Map<String, Channel> CHANNELS = new HashMap<>();
    private static final Map<String, ActivityType> TYPES = new HashMap<>();
    private static final Map<String, Boolean> BOOLEANS = new HashMap<>();

    static {
        for (DealStage s : DealStage.values()) {
            STAGES.put(s.wireName(), s);
        }
        put(STAGES, DealStage.LEAD, "leads", "new", "new lead", "prospect", "prospecting", "qualification",
                "线索", "线索获取", "潜在客户", "初步接触", "初步接洽", "初步沟通", "新线索");
        put(STAGES, DealStage.NEEDS, "needs discovery", "needs analysis", "discovery", "qualified", "opportunity",
                "需求挖掘", "需求分析", "需求确认", "需求确定", "商机", "意向", "有意向", "确认需求");
        put(STAGES, DealStage.DEMO, "solution", "solution demo", "proposal", "value proposition", "proposal price quote",
                "quote", "quotation", "presentation", "方案演示", "方案", "演示", "方案报价", "报价", "方案 报价", "产品演示");
        put(STAGES, DealStage.NEGOTIATION, "negotiating", "negotiation review", "contract", "commit",
                "商务谈判", "谈判", "谈判审核", "合同谈判", "合同审批", "商务洽谈");
        put(STAGES, DealStage.SIGNED, "won", "win", "closed won", "closed", "deal won", "成交", "签约", "签约成交",
                "赢单", "已签约", "已成交", "签单", "已签单", "赢得");
        put(STAGES, DealStage.LOST, "closed lost", "lose", "dropped", "dead", "输单", "丢单", "失败", "已输单", "已丢单");

        for (Channel c : Channel.values()) {
            CHANNELS.put(c.wireName(), c);
        }
        put(CHANNELS, Channel.EXHIBITION, "trade show", "trade fair", "expo", "fair", "展会", "会展", "展览", "展览会",
                "博览会", "展会获客");
        put(CHANNELS, Channel.REFERRAL, "referred", "partner referral", "customer referral", "word of mouth", "转介绍",
                "介绍", "推荐", "客户推荐", "客户介绍", "老客户介绍", "老客户推荐", "伙伴推荐", "合作伙伴推荐");
        put(CHANNELS, Channel.ONLINE, "web", "website", "internet", "inbound", "sem", "seo", "social media",
                "线上", "网络", "官网", "网站", "线上咨询", "在线咨询", "在线", "搜索引擎", "百度", "微信", "公众号", "网络推广");
        put(CHANNELS, Channel.OTHER, "others", "cold call", "其他", "其它", "电话营销", "陌拜", "自拓");

        for (ActivityType t : ActivityType.values()) {
            TYPES.put(t.wireName(), t);
        }
        put(TYPES, ActivityType.VISIT, "on site visit", "site visit", "in person", "meeting", "拜访", "上门拜访",
                "客户拜访", "面访", "实地拜访", "面谈", "上门");
        put(TYPES, ActivityType.CALL, "phone", "phone call", "telephone", "电话", "电话沟通", "电话拜访", "打电话",
                "来电", "去电");
        put(TYPES, ActivityType.EMAIL, "e mail", "mail", "邮件", "电子邮件", "发邮件");
        put(TYPES, ActivityType.ONLINE, "online meeting", "video call", "video", "web meeting", "chat", "wechat",
                "线上会议", "视频会议", "在线会议", "网络会议", "线上沟通", "在线沟通", "微信", "腾讯会议", "钉钉");

        put(BOOLEANS, Boolean.TRUE, "true", "yes", "y", "1", "是", "可控", "对");
        put(BOOLEANS, Boolean.FALSE, "false", "no", "n", "0", "否", "不可控", "不");
    }

    private CrmVocabulary() {
    }

    @SafeVarargs
    private static <T> void put(Map<String, T> map, T value, String... names) {
        for (String name : names) {
            map.put(normalise(name), value);
        }
    }

    /** Lower case, spaces and {@code _ - /} folded into one space, surrounding spaces removed. */
    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u3000', ' ').replaceAll("[\\s_/\\-]+", " ").strip();
    }

    /** Looks a name up as written first (a name already in its folded form, as exports mostly write it), then folded. */
    private static <T> T find(Map<String, T> map, String name) {
        T found = map.get(name);
        return found != null ? found : map.get(normalise(name));
    }

    /** Finds a deal stage by any of its names. */
    public static Optional<DealStage> stage(String name) {
        return Optional.ofNullable(name).map(n -> find(STAGES, n));
    }

    /** Finds a channel by any of its names. */
    public static Optional<Channel> channel(String name) {
        return Optional.ofNullable(name).map(n -> find(CHANNELS, n));
    }

    /** Finds an activity type by any of its names. */
    public static Optional<ActivityType> activityType(String name) {
        return Optional.ofNullable(name).map(n -> find(TYPES, n));
    }

    /** Reads a yes/no value: {@code true yes y 1 是 可控} or {@code false no n 0 否 不可控}. */
    public static Optional<Boolean> bool(String name) {
        return Optional.ofNullable(name).map(n -> find(BOOLEANS, n));
    }
}
