package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.IsoWeek;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Managers and directors lead from the wiki pages, in headless Chromium in zh-CN, once at 1400 px
 * and once at 390 px: the manager finds a submitted report on "waiting for me", scores it and
 * returns it with a reason; the rep sees the reason, fixes the text and resubmits; the manager
 * approves; the director approves, comments beside a passage, drills from a red light to the
 * records behind it and back, and downloads the Excel files, opened here with Apache POI and
 * checked against the numbers on the pages. Screenshots: {@code target/screenshots/lead-*.png}.
 */
class LeadBrowserIT {

    private static ProductProcess product;

    @BeforeAll
    static void start() throws Exception {
        product = new ProductProcess(Files.createTempDirectory("wsr-lead"), Path.of("target", "lead-it.log"), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    private WebDriver browser;
    private String prefix;

    private WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private void shot(String name) throws Exception {
        Chromium.shot(browser, prefix + name);
    }

    private void logIn(String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                browser.manage().deleteAllCookies();
                browser.get(product.base + "/Login.jsp");
                waiting().until(ExpectedConditions.elementToBeClickable(By.id("login")));
                browser.findElement(By.id("j_username")).sendKeys(user);
                browser.findElement(By.id("j_password")).sendKeys("demo");
                browser.findElement(By.id("login")).click();
                waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("j_username")));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static HttpResponse<String> rest(String user, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(product.base + "/rest/weekly-review/1.0/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody()) : b.method(method, HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void edit(String page, java.util.function.UnaryOperator<String> change) {
        browser.get(product.base + "/Edit.jsp?page=" + page);
        WebElement area = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editorarea")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String text = (String) js.executeScript("return arguments[0].value;", area);
        js.executeScript("arguments[0].value = arguments[1];", area, change.apply(text));
        js.executeScript("arguments[0].click();", browser.findElement(By.cssSelector("button[name='ok']")));
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("Edit.jsp")));
    }

    private String state() {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-review-state"))).getText();
    }

    private void click(By by) {
        WebElement e = waiting().until(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", e);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", e);
    }

    /** Clicks a review step and waits for the page to reload showing the new state. */
    private void step(By button, String expectedState) {
        click(button);
        // The page reloads after the step: elements of the old page may vanish between polls.
        waiting().ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("wsr-review-state"), expectedState));
    }

    private byte[] download(String href) throws Exception {
        String cookie = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + cookie).header("Accept-Language", "zh-CN").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("spreadsheetml"));
        return r.body();
    }

    private static List<List<Object>> cells(byte[] xlsx) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<Object> line = new ArrayList<>();
                for (Cell c : row) {
                    line.add(c.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(c.getNumericCellValue()) : c.getStringCellValue());
                }
                rows.add(line);
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0} px: {1} and manager {2}")
    @CsvSource({"1400, zhang, wang, 张伟", "390, sun, qian, 孙丽"})
    void aManagerAndTheDirectorReviewCommentDrillAndExport(int width, String rep, String manager, String repName) throws Exception {
        prefix = "lead-" + width + "-";
        browser = Chromium.start(width + ",1100", "--lang=zh-CN", "--accept-lang=zh-CN,zh");
        try {
            IsoWeek week = IsoWeek.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
            String page = "WeeklyReport_" + rep + "_" + week;
            String sentence = "竞品临时降价导致" + repName + "的三个意向客户暂停。";
            String created = rest(rep, "POST", "reports", "{\"owner\":\"" + rep + "\",\"week\":\"" + week + "\"}").body();
            String id = created.replaceAll(".*\"id\":(\\d+).*", "$1");
            logIn(rep);
            edit(page, text -> text.replace("* 行业趋势", sentence + "\n\n* 行业趋势"));
            assertThat(rest(rep, "POST", "reports/" + id + "/transitions", "{\"action\":\"submit\"}").statusCode()).isEqualTo(200);

            // The manager finds it on the front page, oldest first, with the time since submission.
            logIn(manager);
            browser.get(product.base + "/Wiki.jsp?page=Main");
            WebElement row = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#wsr-queue tr[data-owner='" + rep + "'][data-week='" + week + "']")));
            assertThat(row.getText()).contains(repName, week.toString(), "已提交", "小时");
            List<WebElement> queue = browser.findElements(By.cssSelector("#wsr-queue tr.wsr-queue-row"));
            assertThat(queue.get(queue.size() - 1).getAttribute("data-week")).isEqualTo(week.toString());
            // Submitted before Sunday 20:00 (team time) it counts as submitted; run on Sunday evening, as late.
            boolean late = java.time.ZonedDateTime.now().isAfter(
                    com.weeklyreview.core.evaluation.TeamSettings.DEFAULT.calendar().due(week));
            assertThat(browser.findElement(By.id("wsr-glance")).getText()).contains("本周一览", late ? "已提交 0" : "已提交 1");
            shot("01-manager-waiting-for-me");
            click(By.cssSelector("#wsr-queue tr[data-owner='" + rep + "'][data-week='" + week + "'] a.wsr-queue-link"));
            assertThat(state()).isEqualTo("已提交");
            shot("02-manager-opens-report");

            // Scores the rubric (the machine's part shown as a suggestion) and returns it with a reason.
            assertThat(browser.findElement(By.id("wsr-rubric")).getText()).contains("数据完整性", "逻辑严谨性", "问题深度",
                    "行动可行性", "及时性", "系统预评分");
            for (String[] s : new String[][] {{"logic", "15"}, {"depth", "18"}, {"feasibility", "9"}}) {
                WebElement input = browser.findElement(By.id("wsr-rubric-" + s[0]));
                input.clear();
                input.sendKeys(s[1]);
            }
            click(By.id("wsr-rubric-save"));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("wsr-rubric-total"), "总分"));
            shot("03-manager-scores");
            click(By.id("wsr-return"));
            waiting().until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("wsr-review-error"), "")));
            assertThat(state()).isEqualTo("已提交");
            WebElement reason = browser.findElement(By.id("wsr-return-reason-input"));
            reason.sendKeys("请补充竞品应对方案，写明三个暂停客户的金额");
            step(By.id("wsr-return"), "草稿");
            shot("04-manager-returns-with-reason");

            // The rep sees the reason, fixes the text and resubmits.
            logIn(rep);
            browser.get(product.base + "/Wiki.jsp?page=" + page);
            // The owner's state, return reason and submit are the report form's (the review panel is the reviewers').
            assertThat(waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-returned"))).getText())
                    .contains("请补充竞品应对方案，写明三个暂停客户的金额");
            shot("05-rep-sees-reason");
            edit(page, text -> text.replace("* 行业趋势", "应对：提供三个月账期，三个客户合计四十五万。\n\n* 行业趋势"));
            browser.get(product.base + "/Wiki.jsp?page=" + page);
            click(By.id("wsr-submit"));
            WebElement checklist = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wsr-selfcheck")));
            for (WebElement box : checklist.findElements(By.cssSelector(".wsr-check"))) {
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click();", box);
            }
            click(By.id("wsr-confirm-submit"));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-readonly")));
            shot("06-rep-resubmits");

            // The manager approves.
            logIn(manager);
            browser.get(product.base + "/Wiki.jsp?page=" + page);
            step(By.id("wsr-approve"), "经理已审核");
            assertThat(browser.findElement(By.id("wsr-timeline")).getText()).contains("退回", "请补充竞品应对方案", "审核通过");
            shot("07-manager-approves");

            // The director finds it waiting, approves, and comments beside a passage.
            logIn("zhao");
            browser.get(product.base + "/Wiki.jsp?page=Main");
            click(By.cssSelector("#wsr-queue tr[data-owner='" + rep + "'][data-week='" + week + "'] a.wsr-queue-link"));
            step(By.id("wsr-approve"), "总监已审核");
            shot("08-director-approves");
            ((JavascriptExecutor) browser).executeScript("""
                    var sentence = arguments[0];
                    var walker = document.createTreeWalker(document.querySelector('.page-content'), NodeFilter.SHOW_TEXT, null);
                    var node;
                    while ((node = walker.nextNode())) {
                      var at = node.nodeValue.indexOf(sentence);
                      if (at >= 0) {
                        node.parentNode.scrollIntoView({block: 'center'});
                        var range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + sentence.length);
                        var selection = window.getSelection();
                        selection.removeAllRanges();
                        selection.addRange(range);
                        var rect = range.getBoundingClientRect();
                        document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, clientX: rect.left, clientY: rect.top}));
                        return;
                      }
                    }
                    throw new Error('sentence not on the page');
                    """, sentence);
            click(By.id("wsr-comment-button"));
            assertThat(waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("wsr-comment-quote"))).getText())
                    .isEqualTo(sentence);
            browser.findElement(By.id("wsr-comment-body")).sendKeys("这里补充竞品后续三个月的应对节奏");
            shot("09-director-comment-box-beside-passage");
            click(By.id("wsr-comment-submit"));
            WebElement thread = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//div[contains(@class,'wsr-thread')][contains(., '这里补充竞品后续三个月的应对节奏')]")));
            assertThat(thread.getText()).contains(sentence, "赵敏", "这里补充竞品后续三个月的应对节奏");
            assertThat(thread.getText()).containsPattern("\\d{2}:\\d{2}");
            WebElement mark = waiting().until(ExpectedConditions.presenceOfElementLocated(
                    By.xpath("//mark[contains(@class,'wsr-highlight')][contains(., '" + sentence + "')]")));
            if (width >= 1000) {
                // Beside the text, level with its passage.
                assertThat(thread.getRect().getX()).isGreaterThan(mark.getRect().getX() + mark.getRect().getWidth() / 2);
                assertThat(Math.abs(thread.getRect().getY() - mark.getRect().getY())).isLessThan(200);
            }
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", mark);
            shot("10-director-comment-in-side-column");

            // The report's Excel file, checked against the page.
            String reportXlsx = browser.findElement(By.id("wsr-export-xlsx")).getAttribute("href");
            List<List<Object>> report = cells(download(reportXlsx));
            assertThat(report.get(0)).containsExactly("部分", "项目", "数值");
            assertThat(report).anySatisfy(r -> assertThat(r).containsExactly("审核", "状态", "总监已审核"));
            assertThat(report).anySatisfy(r -> assertThat(r).containsExactly("评分", "逻辑严谨性", BigDecimal.valueOf(15.0)));
            assertThat(report).anySatisfy(r -> assertThat(r.get(2).toString()).contains(sentence, "这里补充竞品后续三个月的应对节奏"));
            assertThat(report).anySatisfy(r -> assertThat(r.get(2).toString()).contains("退回", "请补充竞品应对方案"));
            assertThat(report).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("数据"));

            // From a red light on the director's page to its records and back.
            browser.get(product.base + "/Wiki.jsp?page=Main");
            click(By.id("wsr-regions-link"));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-region-table")));
            assertThat(browser.findElement(By.id("wsr-regions")).getText()).contains("华东区", "华北区", "east", "hangzhou", "north");
            shot("11-director-regions");
            click(By.id("wsr-red-filter"));
            waiting().until(ExpectedConditions.urlContains("red=1"));
            List<WebElement> people = browser.findElements(By.cssSelector("tr.wsr-level-person"));
            assertThat(people).isNotEmpty().allSatisfy(p -> assertThat(p.getAttribute("data-light")).isEqualTo("red"));
            WebElement red = people.get(0);
            String person = red.getAttribute("data-person");
            BigDecimal actual = new BigDecimal(red.getAttribute("data-actual"));
            String regionsUrl = browser.getCurrentUrl();
            shot("12-director-red-lights");
            click(By.cssSelector("tr.wsr-level-person[data-person='" + person + "'] a.wsr-drill"));
            WebElement totals = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-drill-totals")));
            assertThat(new BigDecimal(totals.getAttribute("data-total"))).isEqualByComparingTo(actual);
            assertThat(browser.findElements(By.cssSelector("#wsr-drill-table tbody tr"))).hasSize(
                    Integer.parseInt(totals.getAttribute("data-count")));
            assertThat(browser.getCurrentUrl()).contains("page=WsrDrill").doesNotContain("/rest/");
            // No raw-data link in English ("JSON") on a Chinese page.
            assertThat(browser.findElement(By.id("wsr-drill")).getText()).doesNotContain("JSON");
            shot("13-director-drill-records");
            click(By.id("wsr-drill-back"));
            waiting().until(ExpectedConditions.urlToBe(regionsUrl));
            shot("14-director-back-on-regions");

            // The quarter's Excel file holds the red light's figure.
            List<List<Object>> rollup = cells(download(browser.findElement(By.id("wsr-export-xlsx")).getAttribute("href")));
            assertThat(rollup.get(0)).contains("区域", "团队", "人员", "目标", "实际", "完成率 %", "红绿灯");
            String name = browser.findElement(By.cssSelector("tr.wsr-level-person[data-person='" + person + "'] td")).getText().strip();
            assertThat(rollup).anySatisfy(r -> {
                assertThat(r.get(4)).isEqualTo(name);
                assertThat((BigDecimal) r.get(6)).isEqualByComparingTo(actual);
                assertThat(r.get(8)).isEqualTo("红灯");
            });

            // A person's name leads to their latest report of the quarter, a page that exists (this week's
            // is seldom written yet: the wiki would offer to create it, and refuse); no report, no link.
            browser.get(regionsUrl.replace("&red=1", ""));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-region-table")));
            List<WebElement> named = browser.findElements(By.cssSelector("tr.wsr-level-person td:first-child a"));
            assertThat(named).isNotEmpty();
            String href = named.get(0).getAttribute("href");
            browser.get(href);
            assertThat(browser.getCurrentUrl()).contains("WeeklyReport_");
            assertThat(browser.getPageSource()).doesNotContain("该页不存在").contains("wsr-macro");
        } finally {
            browser.quit();
        }
    }
}
