package com.weeklyreview.wiki.rest;

import com.weeklyreview.core.report.IsoWeek;
import com.weeklyreview.core.spi.StoredReport;
import com.weeklyreview.application.ReportPages;
import com.weeklyreview.widgets.Labels;
import com.weeklyreview.widgets.TemplateRenderer;
import com.weeklyreview.wiki.markup.WikiText;
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

    private static final TemplateRenderer TEMPLATES = new TemplateRenderer();

    /** Hands new pages to the search index, one at a time, off the request threads. */
    private static final java.util.concurrent.Executor INDEXER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "wsr-page-indexer");
        t.setDaemon(true);
        return t;
    });

    /**
     * What template {@code report-page.vm} fills in.
     *
     * @param args     the macros' owner and week parameters
     * @param ownerArg the owner parameter alone
     */
    record PageText(String args, String ownerArg) {
    }

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
    public void ensurePage(StoredReport report, Locale writer) {
        String name = ReportPages.pageName(report.owner(), report.week());
        try {
            Engine engine = Wiki.engine().find(servletContext, new Properties());
            PageManager pages = engine.getManager(PageManager.class);
            if (pages.wikiPageExists(name)) {
                return;
            }
            Page page = Wiki.contents().page(engine, name);
            page.setAuthor(report.createdBy());
            pages.putPageText(page, template(report, writer));
            // putPageText runs no page filters: tell the search index itself, so readers find the page.
            // Off the request thread: JSPWiki's Lucene updater holds its queue's lock while it writes and
            // syncs the index, and a Monday morning's report creations all waited on it (jstack).
            Page stored = pages.getPage(name);
            INDEXER.execute(() -> {
                try {
                    engine.getManager(org.apache.wiki.search.SearchManager.class).reindexPage(stored);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "cannot index page " + name, e);
                }
            });
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

    /**
     * Returns the page text of a new report in the writer's language: the template with owner and
     * week filled in (last week's plan is checked in the form, as data).
     */
    public static String template(StoredReport report, Locale writer) {
        // Owner and week reach the macros as parameters: only a plain user name may stand between the quotes.
        if (!report.owner().matches("[\\p{L}\\p{N}._@-]{1,100}")) {
            throw new IllegalArgumentException("owner is not a plain user name: " + report.owner());
        }
        return TEMPLATES.render("report-page", new PageText("owner='" + report.owner() + "' week='" + report.week() + "'",
                "owner='" + report.owner() + "'"), Labels.of(writer));
    }
}
