package com.weeklyreview.wiki.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The initial wiki text of a report page (template report-page.vm) in the writer's language: for a
 * Chinese writer the text the Java-built page had, without the plan table (the plan is checked in the form).
 */
class WikiReportPagesTest {

    private static final StoredReport REPORT = new StoredReport(25, "zhang", IsoWeek.parse("2026-W48"), "draft", "/x", "zhang",
            Instant.parse("2026-11-27T02:00:00Z"), Optional.empty(), Optional.empty());

    /** The page text as the Java text block built it before the template (session 3), less last week's plan, with the catalogue's macro names. */
    private static String before() {
        return """
                目标 → 成果 → 问题 → 计划：数字由系统根据客户管理系统的记录与下方表单计算。

                [{ReportForm}]

                [{ReviewPanel}]

                [{Scorecard %1$s}]

                !! 1. 目标完成情况
                [{TrafficLights %1$s}]

                [{SalesTrend %1$s weeks='12'}]

                [{ChannelCost %1$s}]
                [{IndustryMix %1$s}]

                !! 2. 客户跟进
                * 重点客户需求变化与调整后的策略：
                * 新成交转化路径（阶段与每阶段天数）：
                [{Funnel %1$s}]
                * 流失客户挽回：原因、方案、结果：
                [{ChurnWatch %2$s}]

                !! 3. 市场动态与竞品
                * 竞品动作及影响（暂停/保住的意向客户）：
                * 行业趋势：
                [{FeedbackMix %1$s}]

                !! 4. 问题与改进
                [{OpenItems %2$s}]
                * 资源申请：场景 / 所需资源 / 预期效果：

                !! 5. 下周计划
                * 重点客户行动清单（周一 / 周三 / 周五）及备选方案：

                [{Comments}]
                """.formatted("owner='zhang' week='2026-W48'", "owner='zhang'");
    }

    @Test
    void aChineseWritersPageIsTheSameAsBeforeLessThePlanTable() {
        assertThat(WikiReportPages.template(REPORT, Locale.SIMPLIFIED_CHINESE)).isEqualTo(before());
    }

    @Test
    void anEnglishWritersPageHasEnglishHeadingsAndTheSameMacros() {
        String page = WikiReportPages.template(REPORT, Locale.ENGLISH);

        assertThat(page).contains("!! 1. Targets", "!! 4. Problems and improvements", "* Industry trends:",
                "[{Scorecard owner='zhang' week='2026-W48'}]", "[{ChurnWatch owner='zhang'}]", "[{Comments}]");
        assertThat(page).doesNotContainPattern("\\p{IsHan}");
        assertThat(page.lines().filter(l -> l.startsWith("[{")).toList())
                .isEqualTo(before().lines().filter(l -> l.startsWith("[{")).toList());
    }

    @Test
    void everyMacroOfANewPageHasItsCatalogueNameAndOldPagesStillResolve() {
        String page = WikiReportPages.template(REPORT, Locale.SIMPLIFIED_CHINESE);
        java.util.regex.Matcher calls = java.util.regex.Pattern.compile("\\[\\{(\\w+)").matcher(page);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (calls.find()) {
            names.add(calls.group(1));
        }

        assertThat(names).hasSizeGreaterThan(10).allSatisfy(name -> assertThat(
                com.weeklyreview.application.macro.MacroCatalog.find(name)
                        .or(() -> com.weeklyreview.application.macro.LeadPages.find(name))
                        .map(com.weeklyreview.application.macro.MacroCatalog.MacroSpec::name))
                .as(name).contains(name));
        assertThat(names).noneMatch(n -> n.endsWith("Macro"));
        // Pages written before keep the class names of earlier versions: they still resolve.
        for (String old : java.util.List.of("ScorecardMacro", "TrafficLightsMacro", "SalesTrendMacro", "ChannelCostMacro",
                "IndustryMixMacro", "FunnelMacro", "ChurnWatchMacro", "FeedbackMixMacro", "OpenItemsMacro")) {
            assertThat(com.weeklyreview.wiki.plugin.CatalogueMacro.resolve(old)).as(old).isPresent();
        }
    }

    @Test
    void anOwnerThatIsNotAPlainNameNeverReachesTheMarkup() {
        StoredReport odd = new StoredReport(26, "x'}] [{Evil", IsoWeek.parse("2026-W48"), "draft", "/x", "x",
                Instant.parse("2026-11-27T02:00:00Z"), Optional.empty(), Optional.empty());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> WikiReportPages.template(odd, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
