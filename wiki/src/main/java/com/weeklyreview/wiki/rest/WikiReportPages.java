package com.weeklyreview.wiki.rest;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.widgets.Formats;
import com.weeklyreview.wiki.security.WikiText;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.ServletContext;
import org.apache.wiki.api.core.Engine;
import org.apache.wiki.api.core.Page;
import org.apache.wiki.api.spi.Wiki;
import org.apache.wiki.pages.PageManager;

/**
 * Report pages in JSPWiki: {@code WeeklyReport_<owner>_<week>}, created from the weekly-report
 * template (four-part frame, every section of the spec, the macros prefilled, last week's plan
 * carried over) through JSPWiki's page manager.
 */
public final class WikiReportPages implements ReportPages {

    private static final Logger LOG = Logger.getLogger(WikiReportPages.class.getName());

    private final ServletContext servletContext;

    /** Creates the pages of the webapp behind a servlet context. */
    public WikiReportPages(ServletContext servletContext) {
        this.servletContext = servletContext;
    }

    @Override
    public String pageUrl(String owner, IsoWeek week) {
        return ReportPages.wiki().pageUrl(owner, week);
    }

    @Override
    public void ensurePage(StoredReport report, List<PlanSplit> lastWeeksPlan) {
        String name = ReportPages.pageName(report.owner(), report.week());
        try {
            Engine engine = Wiki.engine().find(servletContext, new Properties());
            PageManager pages = engine.getManager(PageManager.class);
            if (pages.wikiPageExists(name)) {
                return;
            }
            Page page = Wiki.contents().page(engine, name);
            page.setAuthor(report.createdBy());
            pages.putPageText(page, template(report, lastWeeksPlan));
            // putPageText runs no page filters: tell the search index itself, so readers find the page.
            engine.getManager(org.apache.wiki.search.SearchManager.class).reindexPage(pages.getPage(name));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "cannot create page " + name, e);
            throw new IllegalStateException("cannot create page " + name, e);
        }
    }

    @Override
    public java.util.Optional<String> pageText(StoredReport report) {
        String name = ReportPages.pageName(report.owner(), report.week());
        Engine engine = Wiki.engine().find(servletContext, new Properties());
        PageManager pages = engine.getManager(PageManager.class);
        return pages.wikiPageExists(name) ? java.util.Optional.of(pages.getPureText(name, -1)) : java.util.Optional.empty();
    }

    /** Returns the page text of a new report: the template with owner, week and last week's plan filled in. */
    public static String template(StoredReport report, List<PlanSplit> lastWeeksPlan) {
        // Owner and week reach the macros as parameters: only a plain user name may stand between the quotes.
        if (!report.owner().matches("[\\p{L}\\p{N}._@-]{1,100}")) {
            throw new IllegalArgumentException("owner is not a plain user name: " + report.owner());
        }
        String args = "owner='" + report.owner() + "' week='" + report.week() + "'";
        Formats money = new Formats(Locale.SIMPLIFIED_CHINESE);
        StringBuilder plan = new StringBuilder();
        if (lastWeeksPlan.isEmpty()) {
            plan.append("上周没有计划条目。\n");
        } else {
            plan.append("|| 负责人 || 金额 || 关键行动 || 截止 || 检查：完成 / 未完成（原因）/ 延期\n");
            for (PlanSplit s : lastWeeksPlan) {
                plan.append("| ").append(WikiText.literal(s.person())).append(" | ")
                        .append(WikiText.literal(money.money(s.amount()))).append(" | ")
                        .append(WikiText.literal(s.action())).append(" | ")
                        .append(WikiText.literal(s.deadlineDate().map(Object::toString).orElse(""))).append(" | \n");
            }
        }
        // The figures, tables, findings, state and form come from [{ReportForm}] in the viewer's
        // language; the headings below frame the rep's own text and are written in Chinese only.
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
                """.formatted(args, "owner='" + report.owner() + "'", plan);
    }
}
