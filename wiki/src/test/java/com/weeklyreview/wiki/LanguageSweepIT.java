package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import com.weeklyreview.core.user.User;
import com.weeklyreview.rest.auth.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every product page, as every role sees it (signed in as that role), in one language only: in zh-CN the
 * visible text has no English word outside an allow-list of names (team and region ids, JSPWiki, file
 * formats), CRM record ids and units — no user's login either (people are shown by display name); in English
 * no heading, label, button, column title or menu carries Chinese (display names and data aside; a
 * report's own wiki text, headings included, is the writer's document in the writer's language).
 * Each page is kept as a screenshot under {@code target/screenshots/sweep-*}.
 */
class LanguageSweepIT {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** Units and names that are not words of a language (the export buttons name their file formats). */
    private static final Set<String> UNITS = Set.of("JSPWiki", "pp", "Excel", "xlsx", "CSV");
    /** Record ids of the CRM ({@code DEMO-K413}, {@code SJ-1}): data, not words. */
    private static final Pattern RECORD_ID = Pattern.compile("\\b[A-Za-z]+-[A-Za-z]*\\d+\\b");

    private static final Path LOG = Path.of("target", "language-sweep.log");
    private static ProductProcess product;
    private static final Set<String> names = new TreeSet<>();
    private static final Set<String> displayNames = new TreeSet<>();

    @BeforeAll
    static void start() throws Exception {
        product = new ProductProcess(Files.createTempDirectory("wsr-sweep"), LOG, Map.of());
        for (User u : UserStore.demoOrganisation().all()) {
            // Not the login: a Chinese page shows people by display name.
            displayNames.add(u.displayName());
            u.team().ifPresent(names::add);
            u.team().flatMap(t -> UserStore.demoOrganisation().region(t)).ifPresent(names::add);
        }
        // Demo mode writes the report pages of the past weeks after /health answers, then says so in its log.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && !Files.readString(LOG).contains("demo report pages")) {
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        product.close();
    }

    /** The pages each role opens, by name. */
    private static Map<String, String> pages(String user) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("front", "/Wiki.jsp?page=Main");
        pages.put("help", "/Wiki.jsp?page=WeeklySalesReview");
        switch (user) {
            case "-" -> {
                pages.put("login", "/wsr/login.html");
                pages.put("wrong-password", "/wsr/login.html?error=1");
                pages.put("missing", "/no-such-page");
            }
            case "zhang" -> pages.put("report", "/Wiki.jsp?page=WeeklyReport_zhang_" + lastWeek());
            default -> {
                pages.put("report", "/Wiki.jsp?page=WeeklyReport_zhang_" + lastWeek());
                pages.put("regions", "/Wiki.jsp?page=WsrRegions");
                pages.put("sample", "/Wiki.jsp?page=WsrSample");
                pages.put("drill", "/Wiki.jsp?page=WsrDrill");
            }
        }
        return pages;
    }

    @Test
    void chinesePagesShowNoEnglishWord() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Map<String, String> langs = new LinkedHashMap<>();
        for (String user : List.of("-", "zhang", "wang", "zhao", "admin")) {
            WebDriver browser = browser("zh-CN", user);
            try {
                for (Map.Entry<String, String> page : pages(user).entrySet()) {
                    String text = visit(browser, page.getValue(), "sweep-zh-" + role(user) + "-" + page.getKey());
                    langs.put(role(user) + " " + page.getKey(), htmlLang(browser));
                    List<String> english = new ArrayList<>();
                    Matcher m = WORD.matcher(RECORD_ID.matcher(text).replaceAll(" "));
                    while (m.find()) {
                        if (!names.contains(m.group()) && !UNITS.contains(m.group())) {
                            english.add(m.group());
                        }
                    }
                    if (!english.isEmpty()) {
                        found.put(role(user) + " " + page.getKey(), english);
                    }
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(found).as("English words on Chinese pages (role page → words)").isEmpty();
        // A BCP 47 tag (zh-CN), not Java's locale form (zh_CN) that JSPWiki's templates write.
        assertThat(langs).as("<html lang> of Chinese pages (role page → lang)").isNotEmpty().allSatisfy((page, lang) ->
                assertThat(lang).as(page).isEqualTo("zh-CN"));
    }

    @Test
    void englishPagesShowNoChineseFurniture() throws Exception {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Map<String, String> langs = new LinkedHashMap<>();
        for (String user : List.of("-", "zhang", "wang", "zhao", "admin")) {
            WebDriver browser = browser("en-US", user);
            try {
                for (Map.Entry<String, String> page : pages(user).entrySet()) {
                    visit(browser, page.getValue(), "sweep-en-" + role(user) + "-" + page.getKey());
                    langs.put(role(user) + " " + page.getKey(), htmlLang(browser));
                    String furniture = (String) ((JavascriptExecutor) browser).executeScript(
                            "return Array.from(document.querySelectorAll('title,h1,h2,h3,h4,h5,th,label,button,legend,caption,"
                                    + "nav,#wsr-pagetitle,.wsr-header,option,summary'))"
                                    + ".filter(e => !(e.id || '').startsWith('section-'))"
                                    + ".map(e => e.tagName === 'TITLE' ? e.textContent : e.innerText).join('\\n');");
                    for (String display : displayNames) {
                        furniture = furniture.replace(display, "");
                    }
                    List<String> chinese = new ArrayList<>();
                    Matcher m = HAN.matcher(furniture);
                    while (m.find()) {
                        chinese.add(m.group());
                    }
                    if (!chinese.isEmpty()) {
                        found.put(role(user) + " " + page.getKey(), chinese);
                    }
                }
            } finally {
                browser.quit();
            }
        }
        assertThat(found).as("Chinese in the headings, labels and menus of English pages (role page → text)").isEmpty();
        assertThat(langs).as("<html lang> of English pages (role page → lang)").isNotEmpty().allSatisfy((page, lang) ->
                assertThat(lang).as(page).isEqualTo("en"));
    }

    /** The page's {@code <html lang>} attribute as written (not as the browser normalizes it). */
    private static String htmlLang(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.documentElement.getAttribute('lang');");
    }

    private static String role(String user) {
        return user.equals("-") ? "anonymous" : user;
    }

    private static WebDriver browser(String lang, String user) throws Exception {
        WebDriver browser = Chromium.start("1400,1000", "--lang=" + lang, "--accept-lang=" + lang);
        if (!user.equals("-")) {
            // The container's log-in form answers in place of the page asked for; the session is set once it is gone.
            browser.get(product.base + "/Login.jsp");
            browser.findElement(By.id("j_username")).sendKeys(user);
            browser.findElement(By.id("j_password")).sendKeys("demo");
            browser.findElement(By.id("login")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated(By.id("j_username")));
            // Each role's pages are swept as that role: signed in, the header names the user.
            browser.get(product.base + "/Wiki.jsp?page=Main");
            String display = UserStore.demoOrganisation().find(user).orElseThrow().displayName();
            assertThat(browser.findElement(By.cssSelector(".wsr-userbox")).getText()).as(user + " signed in").contains(display);
        }
        return browser;
    }

    private static String visit(WebDriver browser, String path, String shot) throws Exception {
        browser.get(product.base + path);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
        Thread.sleep(300); // the page's scripts fill in tables after load
        Chromium.shot(browser, shot);
        return (String) ((JavascriptExecutor) browser).executeScript("return document.title + '\\n' + document.body.innerText;");
    }

    private static String lastWeek() {
        LocalDate d = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusWeeks(1);
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
