package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A rep's whole Friday in headless Chromium: log in from the header (and come back to the page),
 * create this week's report from My week, fill the form with every money format
 * ({@code 85万, 1,200,000, ¥1,200,000, 850000, 85.5万, 1.2亿}), see the error for a bad amount
 * beside its field with the typed text kept, save, see every entered value on the page, turn a
 * problem into an item, submit through the self-check, find the page read-only, be returned by the
 * manager, fix, resubmit. Once in zh-CN at 1400 px, once in English, once at 390 px; every step's
 * screenshot is kept in {@code target/screenshots/rep-<variant>-NN.png}. The zh-CN pages' visible
 * text is checked for English words outside an allow-list of names and units.
 */
class RepWeekBrowserIT {

    /** Names and units that may appear on a Chinese page: users, team, customer ids, product names. */
    private static final Set<String> ALLOWED = Set.of("zhang", "li", "wang", "zhao", "admin", "east", "JSPWiki", "CN",
            "DEMO", "pp");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private static ProductProcess product;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-1400, zh-CN, 1400, zhang", "en-1400, en-US, 1400, li", "zh-390, zh-CN, 390, zhang"})
    void aRepsWeekFromLogInToResubmission(String variant, String lang, int width, String user) throws Exception {
        boolean zh = lang.startsWith("zh");
        // Each variant starts from the demo data: its own product, its own browser.
        product = new ProductProcess(Files.createTempDirectory("wsr-rep-week"), Path.of("target", "rep-week-" + variant + ".log"), Map.of());
        WebDriver browser = Chromium.start(width + ",1000", "--lang=" + lang, "--accept-lang=" + lang);
        try {
            Flow flow = new Flow(browser, variant);
            // 1. Log in from the header of a page and come back to it.
            browser.get(product.base + "/Wiki.jsp?page=Main");
            flow.wait(By.id("wsr-login-link")).click();
            flow.wait(By.id("j_username")).sendKeys(user);
            browser.findElement(By.id("j_password")).sendKeys("demo");
            flow.shot("login");
            browser.findElement(By.id("login")).click();
            WebElement me = flow.wait(By.id("wsr-user"));
            assertThat(browser.getCurrentUrl()).contains("page=Main");
            assertThat(me.getText()).contains(zh ? "销售专员" : "Sales rep");
            assertThat(browser.findElement(By.id("wsr-pagetitle")).getText()).isEqualTo(zh ? "我的一周" : "My week");
            flow.shot("my-week");
            if (zh) {
                assertNoEnglish(browser, "My week");
            }

            // 2. Create this week's report (or continue it when an earlier run created it).
            List<WebElement> create = browser.findElements(By.id("wsr-create"));
            if (create.isEmpty()) {
                browser.findElement(By.id("wsr-continue")).click();
            } else {
                create.get(0).click();
            }
            flow.wait(By.id("wsr-form"));
            String url = browser.getCurrentUrl();
            String week = url.substring(url.indexOf("WeeklyReport_" + user + "_") + ("WeeklyReport_" + user + "_").length());
            assertThat(browser.findElement(By.id("wsr-pagetitle")).getText())
                    .matches(zh ? ".+ · \\d{4} 年第 \\d+ 周周报" : ".+ · weekly report, week \\d+ of \\d{4}");
            flow.shot("new-report");

            // 3. Fill in: every money format, a channel chosen in the user's language, a bad amount.
            flow.type(By.cssSelector("[data-path='sales.target']"), "85万");
            flow.parsedShows(By.cssSelector("[data-path='sales.target']"), "850,000");
            flow.addRow("sales.gapAttributions");
            flow.typeInRow("sales.gapAttributions", 0, "customer", "上海贸易");
            flow.typeInRow("sales.gapAttributions", 0, "amount", "1,200,000");
            flow.typeInRow("sales.gapAttributions", 0, "reason", "客户预算冻结");
            flow.addRow("newCustomers");
            flow.typeInRow("newCustomers", 0, "name", "杭州新材");
            flow.typeInRow("newCustomers", 0, "budget", "¥1,200,000");
            flow.selectInRow("newCustomers", 0, "channel", "exhibition");
            flow.typeInRow("newCustomers", 0, "firstDealDays", "15");
            flow.type(By.cssSelector("[data-path='channelCosts.exhibition']"), "850000");
            flow.type(By.cssSelector("[data-path='channelCosts.referral']"), "12abc");
            flow.addRow("problems");
            flow.typeInRow("problems", 0, "phenomenon", "合同审批慢");
            flow.typeInRow("problems", 0, "impact", "两单延误");
            flow.typeInRow("problems", 0, "rootCause", "法务排队");
            flow.dateInRow("problems", 0, "deadline", "2099-12-04");
            flow.type(By.cssSelector("[data-path='plan.target']"), "1.2亿");
            flow.addRow("plan.split");
            flow.typeInRow("plan.split", 0, "amount", "85.5万");
            flow.typeInRow("plan.split", 0, "action", "重点客户续约");
            // Last week's plan (from the demo's report of last week), checked line by line.
            assertThat(browser.findElements(By.cssSelector("table[data-list='planCheck'] tbody tr"))).isNotEmpty();
            flow.selectInRow("planCheck", 0, "status", "moved");
            flow.typeInRow("planCheck", 0, "reason", "客户采购流程延后");
            flow.dateInRow("planCheck", 0, "movedTo", "2099-12-11");
            flow.shot("filled-with-bad-amount");
            flow.save();
            WebElement referral = browser.findElement(By.cssSelector("[data-path='channelCosts.referral']"));
            WebElement error = referral.findElement(By.xpath("ancestor::div[contains(@class,'wsr-field')]//span[contains(@class,'wsr-field-error')]"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !error.getText().isBlank());
            assertThat(error.getText()).contains("12abc");
            assertThat(referral.getAttribute("value")).isEqualTo("12abc");
            assertThat(browser.findElement(By.id("wsr-form-status")).getText()).isNotBlank();
            flow.shot("error-beside-field");
            if (zh) {
                assertThat(error.getText()).doesNotContainPattern("[A-Za-z]{3,}(?<!abc)");
            }

            // 4. Fix it and save; the page shows everything entered.
            referral.clear();
            referral.sendKeys("3万");
            flow.saveAndReload();
            flow.wait(By.id("wsr-attributions"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("wsr-form-status")).getText().isBlank());
            flow.shot("saved");
            JsonNode data = rest(user, "/reports/" + reportId(user, week)).get("data");
            assertThat(data.at("/sales/target").decimalValue()).isEqualByComparingTo("850000");
            assertThat(data.at("/sales/gapAttributions/0/amount").decimalValue()).isEqualByComparingTo("1200000");
            assertThat(data.at("/newCustomers/0/budget").decimalValue()).isEqualByComparingTo("1200000");
            assertThat(data.at("/newCustomers/0/channel").asText()).isEqualTo("exhibition");
            assertThat(data.at("/channelCosts/exhibition").decimalValue()).isEqualByComparingTo("850000");
            assertThat(data.at("/channelCosts/referral").decimalValue()).isEqualByComparingTo("30000");
            assertThat(data.at("/plan/target").decimalValue()).isEqualByComparingTo("120000000");
            assertThat(data.at("/plan/split/0/amount").decimalValue()).isEqualByComparingTo("855000");
            String attributions = browser.findElement(By.id("wsr-attributions")).getText();
            assertThat(attributions).contains("上海贸易", "1,200,000", "客户预算冻结");
            String customers = browser.findElement(By.id("wsr-customers")).getText();
            assertThat(customers).contains("杭州新材", zh ? "展会" : "Exhibition", zh ? "高" : "High", "15");
            assertThat(browser.findElement(By.id("wsr-problems")).getText()).contains("合同审批慢", "法务排队");
            assertThat(browser.findElement(By.id("wsr-split")).getText()).contains("855,000", "重点客户续约");
            assertThat(data.at("/planCheck/0/status").asText()).isEqualTo("moved");
            assertThat(data.at("/planCheck/0/movedTo").asText()).isEqualTo("2099-12-11");
            assertThat(browser.findElement(By.id("wsr-plancheck")).getText())
                    .contains("客户采购流程延后", zh ? "延期" : "Moved");
            assertThat(browser.findElement(By.cssSelector("[data-path='channelCosts.referral']")).getAttribute("value"))
                    .isEqualTo("30000");
            if (zh) {
                assertNoEnglish(browser, "report page");
            }

            // 5. Turn the problem into an item.
            flow.click(browser.findElement(By.cssSelector(".wsr-track")));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id("wsr-problems"), zh ? "已跟踪" : "Tracked"));
            flow.shot("problem-tracked");
            JsonNode items = rest(user, "/items?owner=" + user);
            assertThat(items.toString()).contains("合同审批慢");

            // 6. Submit through the self-check; the page is read-only.
            submit(flow, browser);
            flow.wait(By.id("wsr-readonly"));
            assertThat(browser.findElements(By.id("wsr-form"))).isEmpty();
            assertThat(browser.findElement(By.id("wsr-state")).getText()).isEqualTo(zh ? "已提交，已自查" : "Submitted, self-checked");
            flow.shot("submitted-read-only");

            // 7. The manager returns it; the reason is at the top; fix and resubmit.
            String reason = "请补充竞品应对方案";
            HttpResponse<String> returned = post("wang", "/reports/" + reportId(user, week) + "/transitions",
                    "{\"action\":\"return\",\"comment\":\"" + reason + "\"}");
            assertThat(returned.statusCode()).isEqualTo(200);
            browser.navigate().refresh();
            WebElement top = flow.wait(By.id("wsr-returned"));
            assertThat(top.getText()).contains(reason);
            flow.shot("returned");
            flow.typeInRow("problems", 0, "impact", "两单延误，竞品趁机报价");
            flow.saveAndReload();
            flow.wait(By.id("wsr-attributions"));
            submit(flow, browser);
            flow.wait(By.id("wsr-readonly"));
            assertThat(browser.findElement(By.id("wsr-history")).getText()).contains(reason);
            flow.shot("resubmitted");

            // 8. My items: the new item is listed; a status change moves it.
            browser.get(product.base + "/Wiki.jsp?page=Main");
            WebElement table = flow.wait(By.id("wsr-item-table"));
            assertThat(table.getText()).contains("合同审批慢");
            flow.shot("my-items");
            if (width <= 400) {
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth + 1;");
                assertThat(overflow).isEqualTo(Boolean.TRUE);
            }
        } finally {
            browser.quit();
            product.close();
        }
    }

    private static void submit(Flow flow, WebDriver browser) throws Exception {
        flow.click(flow.wait(By.id("wsr-submit")));
        WebElement panel = flow.wait(By.id("wsr-selfcheck"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> panel.isDisplayed());
        WebElement confirm = browser.findElement(By.id("wsr-confirm-submit"));
        assertThat(confirm.isEnabled()).isFalse();
        for (WebElement box : panel.findElements(By.cssSelector(".wsr-check"))) {
            flow.click(box);
        }
        flow.shot("self-check");
        assertThat(confirm.isEnabled()).isTrue();
        flow.click(confirm);
    }

    /** The page's visible text has no English word outside the allow-list. */
    private static void assertNoEnglish(WebDriver browser, String page) {
        String text = (String) ((JavascriptExecutor) browser).executeScript("return document.body.innerText;");
        List<String> english = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                english.add(m.group());
            }
        }
        assertThat(english).as("English words on the Chinese " + page + " page").isEmpty();
    }

    private static long reportId(String user, String week) throws Exception {
        HttpResponse<String> r = post(user, "/reports", "{\"owner\":\"" + user + "\",\"week\":\"" + week + "\"}");
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body()).get("id").asLong();
    }

    private static HttpResponse<String> post(String user, String path, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(product.base + "/rest/weekly-review/1.0" + path))
                .header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode rest(String user, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(product.base + "/rest/weekly-review/1.0" + path)).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    /** One browser's steps, each screenshot numbered. */
    private static final class Flow {
        private final WebDriver browser;
        private final String variant;
        private int step;

        Flow(WebDriver browser, String variant) {
            this.browser = browser;
            this.variant = variant;
        }

        WebElement wait(By by) {
            return new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        }

        void shot(String name) throws Exception {
            step++;
            Chromium.shot(browser, String.format("rep-%s-%02d-%s", variant, step, name));
        }

        void click(WebElement e) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
            e.click();
        }

        void type(By by, String text) {
            WebElement e = browser.findElement(by);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
            e.clear();
            e.sendKeys(text);
        }

        WebElement cell(String list, int row, String key) {
            return browser.findElements(By.cssSelector("table[data-list='" + list + "'] tbody tr")).get(row)
                    .findElement(By.cssSelector("[data-key='" + key + "']"));
        }

        void typeInRow(String list, int row, String key, String text) {
            WebElement e = cell(list, row, key);
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", e);
            e.clear();
            e.sendKeys(text);
        }

        void selectInRow(String list, int row, String key, String value) {
            new org.openqa.selenium.support.ui.Select(cell(list, row, key)).selectByValue(value);
        }

        void dateInRow(String list, int row, String key, String iso) {
            ((JavascriptExecutor) browser).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                    cell(list, row, key), iso);
        }

        void addRow(String list) {
            click(browser.findElement(By.cssSelector(".wsr-add-row[data-for='" + list + "']")));
        }

        void parsedShows(By input, String text) {
            WebElement e = browser.findElement(input);
            WebElement out = e.findElement(By.xpath("ancestor::div[contains(@class,'wsr-field')]//output"));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> out.getText().contains(text));
        }

        void save() {
            click(browser.findElement(By.id("wsr-save")));
        }

        void saveAndReload() {
            WebElement form = browser.findElement(By.id("wsr-form"));
            save();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(form));
            wait(By.id("wsr-form"));
        }
    }
}
