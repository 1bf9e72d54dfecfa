package com.weeklyreview.core.report;

import java.util.Locale;

/** The five funnel stages in order: 线索获取, 需求挖掘, 方案演示, 商务谈判, 签约成交. */
public enum Stage {
    /** Lead captured (线索获取). */
    LEAD,
    /** Needs discovered (需求挖掘). */
    NEEDS,
    /** Solution demonstrated (方案演示). */
    DEMO,
    /** In negotiation (商务谈判). */
    NEGOTIATION,
    /** Signed (签约成交). */
    SIGNED;

    /** Returns the wire name, e.g. {@code negotiation}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
