package com.weeklyreview.wiki.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.spi.StoredReport;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The initial wiki text of a report page, now from template report-page.vm: the same text the Java-built page had. */
class WikiReportPagesTest {

    private static final StoredReport REPORT = new StoredReport(25, "zhang", IsoWeek.parse("2026-W48"), "draft", "/x", "zhang",
            Instant.parse("2026-11-27T02:00:00Z"), Optional.empty(), Optional.empty());

    /**
     * The page text as the Java text block built it before the template (session 3), less the
     * second blank line it left before the comments (the plan ended in a line break of its own).
     */
    private static String before(String plan) {
        return """
                目标 → 成果 → 问题 → 计划：数字由系统根据客户管理系统的记录与下方表单计算。

                [{ReportForm}]

                [{ReviewPanel}]

                [{ScorecardMacro %1$s}]

                !! 1. 目标完成情况
                [{TrafficLightsMacro %1$s}]

                [{SalesTrendMacro %1$s weeks='12'}]

                [{ChannelCostMacro %1$s}]
                [{IndustryMixMacro %1$s}]

                !! 2. 客户跟进
                * 重点客户需求变化与调整后的策略：
                * 新成交转化路径（阶段与每阶段天数）：
                [{FunnelMacro %1$s}]
                * 流失客户挽回：原因、方案、结果：
                [{ChurnWatchMacro %2$s}]

                !! 3. 市场动态与竞品
                * 竞品动作及影响（暂停/保住的意向客户）：
                * 行业趋势：
                [{FeedbackMixMacro %1$s}]

                !! 4. 问题与改进
                [{OpenItemsMacro %2$s}]
                * 资源申请：场景 / 所需资源 / 预期效果：

                !! 5. 下周计划
                * 重点客户行动清单（周一 / 周三 / 周五）及备选方案：

                !! 上周计划检查
                %3$s

                [{Comments}]
                """.formatted("owner='zhang' week='2026-W48'", "owner='zhang'", plan).replace("\n\n\n[{Comments}]", "\n\n[{Comments}]");
    }

    @Test
    void withoutLastWeeksPlanThePageIsTheSameAsBefore() {
        assertThat(WikiReportPages.template(REPORT, List.of())).isEqualTo(before("上周没有计划条目。\n"));
    }

    @Test
    void lastWeeksPlanIsATableOfLiteralCells() {
        String page = WikiReportPages.template(REPORT, List.of(
                new PlanSplit("li", new BigDecimal("600000"), "重点客户续约", LocalDate.parse("2026-12-04")),
                new PlanSplit("wang", new BigDecimal("400000"), "新客户拜访", null)));

        assertThat(page).isEqualTo(before("|| 负责人 || 金额 || 关键行动 || 截止 || 检查：完成 / 未完成（原因）/ 延期\n"
                + "| li | ¥600,000 | 重点客户续约 | 2026&#45;12&#45;04 | \n"
                + "| wang | ¥400,000 | 新客户拜访 |  | \n"));
    }
}
