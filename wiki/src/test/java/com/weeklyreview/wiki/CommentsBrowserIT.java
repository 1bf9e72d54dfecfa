package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.report.IsoWeek;
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
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Inline comments in headless Chromium: zhao selects a sentence in zhang's submitted report and
 * comments, zhang replies, zhao resolves; after zhang edits the paragraph away the comment is
 * still there, shown as detached. Screenshots go to {@code target/screenshots/}.
 */
class CommentsBrowserIT {

    private static final String SENTENCE = "竞品临时降价导致三个意向客户暂停。";
    private static ProductProcess product;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = new ProductProcess(Files.createTempDirectory("wsr-comments"), Path.of("target", "comments-it.log"), Map.of());
        browser = Chromium.start("1280,1600", "--lang=zh-CN", "--accept-lang=zh-CN,zh");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (product != null) {
            product.close();
        }
    }

    private static WebDriverWait waiting() {
        // The thread list re-renders after every change, so elements can go stale between polls.
        return (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static void shot(String name) throws Exception {
        Chromium.shot(browser, name);
    }

    private static void logIn(String user) {
        // Switching users mid-page can race the old page's last requests; try the log-in afresh then.
        for (int attempt = 1; ; attempt++) {
            try {
                browser.manage().deleteAllCookies();
                browser.get(product.base + "/Login.jsp");
                waiting().until(ExpectedConditions.elementToBeClickable(By.id("login")));
                browser.findElement(By.id("j_username")).sendKeys(user);
                browser.findElement(By.id("j_password")).sendKeys("demo");
                browser.findElement(By.id("login")).click();
                // The form is shown in place of the page asked for: wait for the submit to replace it.
                waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("j_username")));
                return;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String rest(String user, String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(product.base + "/rest/weekly-review/1.0/" + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return r.body();
    }

    /** Edits the wiki page through JSPWiki's own editor, as a rep would. */
    private static void edit(String page, java.util.function.UnaryOperator<String> change) {
        browser.get(product.base + "/Edit.jsp?page=" + page);
        WebElement area = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("editorarea")));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        String text = (String) js.executeScript("return arguments[0].value;", area);
        js.executeScript("arguments[0].value = arguments[1];", area, change.apply(text));
        WebElement save = browser.findElement(By.cssSelector("button[name='ok']"));
        js.executeScript("arguments[0].click();", save);
        waiting().until(ExpectedConditions.urlContains("page=" + page));
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("Edit.jsp")));
    }

    @Test
    void aDirectorCommentsTheRepRepliesTheDirectorResolvesAndTheEditedAwayCommentStays() throws Exception {
        IsoWeek week = IsoWeek.of(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        String page = "WeeklyReport_zhang_" + week;
        String id = rest("zhang", "reports", "{\"owner\":\"zhang\",\"week\":\"" + week + "\"}").replaceAll(".*\"id\":(\\d+).*", "$1");
        logIn("zhang");
        edit(page, text -> text.replace("* 行业趋势", SENTENCE + "\n\n* 行业趋势"));
        rest("zhang", "reports/" + id + "/transitions", "{\"action\":\"submit\"}");

        logIn("zhao");
        browser.get(product.base + "/Wiki.jsp?page=" + page);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-threads")));
        ((JavascriptExecutor) browser).executeScript("""
                var sentence = arguments[0];
                var walker = document.createTreeWalker(document.querySelector('.page-content'), NodeFilter.SHOW_TEXT, null);
                var node;
                while ((node = walker.nextNode())) {
                  var at = node.nodeValue.indexOf(sentence);
                  if (at >= 0) {
                    var range = document.createRange();
                    range.setStart(node, at);
                    range.setEnd(node, at + sentence.length);
                    var selection = window.getSelection();
                    selection.removeAllRanges();
                    selection.addRange(range);
                    var rect = range.getBoundingClientRect();
                    document.dispatchEvent(new MouseEvent('mouseup', {bubbles: true, clientX: rect.left, clientY: rect.top,
                        pageX: rect.left, pageY: rect.top + window.scrollY}));
                    return;
                  }
                }
                throw new Error('sentence not on the page');
                """, SENTENCE);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("wsr-comment-button"))).click();
        browser.findElement(By.id("wsr-comment-body")).sendKeys("这里补充竞品应对方案");
        shot("11-zhao-comments");
        browser.findElement(By.id("wsr-comment-submit")).click();
        WebElement thread = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wsr-thread")));
        // Beside the text: the quoted passage, the author's display name and the time.
        assertThat(thread.getText()).contains(SENTENCE, "赵敏", "这里补充竞品应对方案").containsPattern("\\d{2}:\\d{2}");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("mark.wsr-highlight")));
        shot("12-comment-highlighted");

        logIn("zhang");
        browser.get(product.base + "/Wiki.jsp?page=" + page);
        WebElement replyBody = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".wsr-thread .wsr-reply-body")));
        replyBody.sendKeys("已补充：给出 3 个月账期方案");
        browser.findElement(By.cssSelector(".wsr-thread .wsr-reply-button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".wsr-thread"),
                "已补充：给出 3 个月账期方案"));
        assertThat(browser.findElement(By.cssSelector(".wsr-thread .wsr-reply")).getText()).contains("张伟");
        shot("13-zhang-replies");

        logIn("zhao");
        browser.get(product.base + "/Wiki.jsp?page=" + page);
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".wsr-thread .wsr-resolve-button"))).click();
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(".wsr-thread"), "data-resolved", "true"));
        shot("14-zhao-resolves");

        // A submitted report is read-only for its owner until it is returned.
        rest("zhang", "reports/" + id + "/transitions", "{\"action\":\"selfCheck\"}");
        rest("wang", "reports/" + id + "/transitions", "{\"action\":\"return\",\"comment\":\"请改写竞品部分\"}");
        logIn("zhang");
        edit(page, text -> text.replace(SENTENCE, "竞品影响已评估，意向客户已恢复跟进。"));
        browser.get(product.base + "/Wiki.jsp?page=" + page);
        waiting().until(ExpectedConditions.attributeToBe(By.cssSelector(".wsr-thread"), "data-detached", "true"));
        shot("15-detached-comment-kept");
        assertThat(browser.findElement(By.cssSelector(".wsr-thread")).getText()).contains("这里补充竞品应对方案", "已补充：给出 3 个月账期方案");
        assertThat(browser.findElements(By.cssSelector("mark.wsr-highlight"))).isEmpty();
    }
}
