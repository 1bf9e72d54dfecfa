package com.weeklyreview.core.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CrmVocabularyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "signed|SIGNED", "Won|SIGNED", "Closed Won|SIGNED", "closed_won|SIGNED", "CLOSED-WON|SIGNED", "赢单|SIGNED",
        "成交|SIGNED", "签约|SIGNED", "签约成交|SIGNED", "Lost|LOST", "Closed Lost|LOST", "输单|LOST", "丢单|LOST",
        "线索|LEAD", "线索获取|LEAD", "Prospecting|LEAD", "商机|NEEDS", "需求挖掘|NEEDS", "Needs Analysis|NEEDS",
        "方案演示|DEMO", "Proposal/Price Quote|DEMO", "商务谈判|NEGOTIATION", "Negotiation/Review|NEGOTIATION",
    })
    void stages(String name, DealStage expected) {
        assertThat(CrmVocabulary.stage(name)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "展会|EXHIBITION", "Trade Show|EXHIBITION", "exhibition|EXHIBITION", "转介绍|REFERRAL", "Referral|REFERRAL",
        "客户推荐|REFERRAL", "线上|ONLINE", "官网|ONLINE", "Website|ONLINE", "其他|OTHER", "Other|OTHER",
    })
    void channels(String name, Channel expected) {
        assertThat(CrmVocabulary.channel(name)).contains(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "拜访|VISIT", "上门拜访|VISIT", "Visit|VISIT", "电话|CALL", "Phone Call|CALL", "邮件|EMAIL", "E-mail|EMAIL",
        "视频会议|ONLINE", "Online Meeting|ONLINE", "微信|ONLINE",
    })
    void activityTypes(String name, ActivityType expected) {
        assertThat(CrmVocabulary.activityType(name)).contains(expected);
    }

    @Test
    void unknownNamesAndYesNo() {
        assertThat(CrmVocabulary.stage("maybe")).isEmpty();
        assertThat(CrmVocabulary.stage("tv")).isEmpty();
        assertThat(CrmVocabulary.channel("电视")).isEmpty();
        assertThat(CrmVocabulary.bool("是")).contains(true);
        assertThat(CrmVocabulary.bool("不可控")).contains(false);
        assertThat(CrmVocabulary.bool("Yes")).contains(true);
        assertThat(CrmVocabulary.bool("perhaps")).isEmpty();
    }
}
