package com.weeklyreview.wiki.rest;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.report.PlanSplit;
import com.weeklyreview.core.report.StoredReport;
import com.weeklyreview.rest.ReportPages;
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
            plan.append("上周没有计划条目。(No plan items last week.)\n");
        } else {
            plan.append("|| 负责人 (person) || 金额 (amount) || 关键行动 (key action) || 截止 (deadline) "
                    + "|| 检查：完成 / 未完成（原因）/ 延期 (done / not done (reason) / moved)\n");
            for (PlanSplit s : lastWeeksPlan) {
                plan.append("| ").append(WikiText.literal(s.person())).append(" | ")
                        .append(WikiText.literal(money.money(s.amount()))).append(" | ")
                        .append(WikiText.literal(s.action())).append(" | ")
                        .append(WikiText.literal(s.deadlineDate().map(Object::toString).orElse(""))).append(" | \n");
            }
        }
        return """
                !!! 销售周工作总结 · Weekly sales review — %1$s, %2$s

                %%%%information
                目标 → 成果 → 问题 → 计划 (goal → results → problems → plan). 数字由系统根据 CRM 记录与下方表单计算 \
                (the numbers are computed from CRM records and the form below). Report id: %3$d
                /%%

                [{ReviewPanel}]

                [{ScorecardMacro %4$s}]

                !! 1. 目标完成情况 (Goal attainment)
                [{TrafficLightsMacro %4$s}]

                [{SalesTrendMacro %4$s weeks='12'}]

                * 销售：目标、实际、缺口，缺口须归因到具体客户（金额与原因）(sales: target, actual, gap attributed to named customers)
                * 新客户：数量、质量分级（高 > 10万 / 中 / 低 < 5万）、来源渠道与首单周期 (new customers: tiers, channels, first-deal cycle)
                [{ChannelCostMacro %4$s}]
                [{IndustryMixMacro %4$s}]
                * 回款：计划、实际、缺口，逾期订单列明客户、金额、逾期天数、原因、可控/不可控 (collections and overdue orders)

                !! 2. 客户跟进 (Customer follow-up)
                * 重点客户需求变化与调整后的策略 (key-account need changes and the adjusted strategy):
                * 新成交转化路径（阶段与每阶段天数）(conversion path of new deals):
                [{FunnelMacro %4$s}]
                * 流失客户挽回：原因、方案、结果 (lost-customer recovery: reason, offer, outcome):
                [{ChurnWatchMacro %5$s}]

                !! 3. 市场动态与竞品 (Market and competitors)
                * 竞品动作及影响（暂停/保住的意向客户）(competitor actions and their measured impact):
                * 行业趋势 (industry trends):
                * 客户反馈：按产品 / 服务 / 价格分类，列出高频问题 (customer feedback by product / service / price)
                [{FeedbackMixMacro %4$s}]

                !! 4. 问题与改进 (Problems and improvements)
                每个问题按 现象 → 影响 → 根因 书写，并转为跟踪事项（负责人、截止日期、验证标准）\
                (each problem as phenomenon → impact → root cause, tracked with owner, deadline and verification).
                [{OpenItemsMacro %5$s}]
                * 资源申请：场景 / 所需资源 / 预期效果 (resource requests: scenario, resource, expected effect):

                !! 5. 下周计划 (Next week's plan)
                * 目标拆分到人，合计须等于目标 (the target split per person, adding up to the target)
                * 重点客户行动清单（周一 / 周三 / 周五）及备选方案 (key-account actions and fallback plan):

                !! 上周计划检查 (Last week's plan, carried over for checking)
                %6$s

                !! 数据填报 (Structured data)
                [{ReportForm}]

                [{Comments}]
                """.formatted(WikiText.literal(report.owner()), report.week(), report.id(), args, "owner='" + report.owner() + "'", plan);
    }
}
