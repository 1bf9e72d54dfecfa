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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A rep in headless Chromium (Debian's chromium and chromium-driver): logs in as zhang, creates
 * this week's report from the template, fills the form, saves, and finds the scorecard and
 * funnel numbers on the rendered page, the same as the REST API's. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserIT {

    private static ProductProcess product;
    private static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        product = new ProductProcess(Files.createTempDirectory("wsr-browser"), Path.of("target", "browser-it.log"), Map.of());
        browser = Chromium.start("1280,2400", "--lang=zh-CN");
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

    private static void shot(String name) throws Exception {
        Chromium.shot(browser, name);
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @Test
    void aRepWritesThisWeeksReportAndSeesItsNumbers() throws Exception {
        browser.get(product.base + "/Login.jsp");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("j_username")));
        shot("01-login");
        browser.findElement(By.id("j_username")).sendKeys("zhang");
        browser.findElement(By.id("j_password")).sendKeys("demo");
        browser.findElement(By.id("login")).click();
        // The form is shown in place of the page asked for, so wait for the submit to replace it
        // (the container then sets the session) before going on.
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("j_username")));
        browser.get(product.base + "/Wiki.jsp?page=Main");
        WebElement create = waiting().until(ExpectedConditions.elementToBeClickable(By.id("wsr-create")));
        shot("02-main");
        create.click();
        waiting().until(ExpectedConditions.urlContains("WeeklyReport_zhang_"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("wsr-form")));
        shot("03-new-report");

        browser.findElement(By.cssSelector("[data-path='sales.target']")).sendKeys("920000");
        browser.findElement(By.cssSelector("[data-path='qualitative.satisfaction']")).sendKeys("4.3");
        browser.findElement(By.cssSelector("[data-path='qualitative.collaboration']")).sendKeys("86");
        browser.findElement(By.cssSelector("[data-path='qualitative.responseHours']")).sendKeys("20");
        for (String text : List.of("操作太复杂", "交付周期太长")) {
            click(browser.findElement(By.cssSelector(".wsr-add-row[data-for='feedback']")));
            List<WebElement> rows = browser.findElements(By.cssSelector("table[data-list='feedback'] tbody tr"));
            rows.get(rows.size() - 1).findElement(By.cssSelector("[data-key='text']")).sendKeys(text);
        }
        browser.findElement(By.cssSelector("[data-path='plan.target']")).sendKeys("1000000");
        click(browser.findElement(By.cssSelector(".wsr-add-row[data-for='plan.split']")));
        WebElement split = browser.findElement(By.cssSelector("table[data-list='plan.split'] tbody tr"));
        split.findElement(By.cssSelector("[data-key='amount']")).sendKeys("600000");
        split.findElement(By.cssSelector("[data-key='action']")).sendKeys("重点客户续约");
        WebElement save = browser.findElement(By.id("wsr-save"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", save);
        save.click();
        waiting().until(ExpectedConditions.stalenessOf(save));
        WebElement composite = waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".wsr-scorecard [data-value='composite']")));
        shot("04-saved-report");

        String url = browser.getCurrentUrl();
        String week = url.substring(url.indexOf("WeeklyReport_zhang_") + "WeeklyReport_zhang_".length());
        JsonNode evaluation = rest("/reports/" + reportId(week)).get("evaluation");
        assertThat(composite.getText()).isEqualTo(evaluation.at("/score/composite").asText());
        assertThat(browser.findElement(By.cssSelector(".wsr-scorecard [data-value='qualitative']")).getText())
                .isEqualTo(evaluation.at("/score/qualitative").asText());
        List<String> counts = browser.findElements(By.cssSelector(".wsr-funnel [data-count]")).stream()
                .map(e -> e.getAttribute("data-count")).toList();
        assertThat(counts).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(counts.get(i)).isEqualTo(evaluation.at("/funnel/stages/" + i + "/count").asText());
        }
        assertThat(browser.findElement(By.cssSelector(".wsr-funnel [data-value='overall']")).getText())
                .contains(evaluation.at("/funnel/overallPct").asText());
        assertThat(browser.findElement(By.cssSelector("[data-path='qualitative.satisfaction']")).getAttribute("value")).isEqualTo("4.3");
    }

    private static void click(WebElement e) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", e);
        e.click();
    }

    private static long reportId(String week) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(product.base + "/rest/weekly-review/1.0/reports")).header("Authorization", basic())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"owner\":\"zhang\",\"week\":\"" + week + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body()).get("id").asLong();
    }

    private static JsonNode rest(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(product.base + "/rest/weekly-review/1.0" + path)).header("Authorization", basic()).build(),
                HttpResponse.BodyHandlers.ofString());
        return new ObjectMapper().readTree(r.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("zhang:demo".getBytes(StandardCharsets.UTF_8));
    }
}
