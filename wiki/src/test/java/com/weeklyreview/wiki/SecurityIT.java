package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attack of the host-hardening issue, run against the product started as {@code ./start}
 * starts it: each must fail. Plus a sweep over every JSP and servlet path of JSPWiki's WAR, as an
 * anonymous visitor, a rep and a director, that only the listed paths answer.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityIT {

    private static final String REST = "/rest/weekly-review/1.0";
    private static final String WEEK = "2025-W40"; // outside the demo's twelve weeks of report pages
    /** What a forbidden CurrentTimePlugin call prints when it runs: EX, the year, EC. */
    private static final java.util.regex.Pattern EXECUTED = java.util.regex.Pattern.compile("EX\\d{4}EC");

    private static ProductProcess product;
    private static HttpClient zhang;
    private static HttpClient li;
    private static HttpClient wang;
    private static HttpClient zhao;
    private static HttpClient anonymous;

    /** At least 20 spellings of a call to a stock plugin; none may run. */
    static Stream<String> spellings() {
        String args = " format='''EX''yyyy''EC'''";
        return Stream.of(
                "[{CurrentTimePlugin" + args + "}]",
                "[{!CurrentTimePlugin" + args + "}]",
                "[{ CurrentTimePlugin" + args + "}]",
                "[{\tCurrentTimePlugin" + args + "}]",
                "[{INSERT CurrentTimePlugin" + args + "}]",
                "[{INSERT org.apache.wiki.plugin.CurrentTimePlugin" + args + "}]",
                "[{org.apache.wiki.plugin.CurrentTimePlugin" + args + "}]",
                "[{insert CurrentTimePlugin" + args + "}]",
                "[{INSERT CurrentTimePlugin WHERE" + args + "}]",
                "[{\"CurrentTimePlugin" + args + "}]",
                "[{-CurrentTimePlugin" + args + "}]",
                "[{*CurrentTimePlugin" + args + "}]",
                "[{:CurrentTimePlugin" + args + "}]",
                "[{,CurrentTimePlugin" + args + "}]",
                "[{\u00a0CurrentTimePlugin" + args + "}]",
                "[{\u200bCurrentTimePlugin" + args + "}]",
                "[{CurrentTime" + args + "}]",
                "[{CurrentTimePlugin\n" + args + "\n}]",
                "[{CurrentTimePlugin" + args + "\n\nbody text}]",
                "[{ScorecardMacro owner='zhang'}][{CurrentTimePlugin" + args + "}]",
                "%%(x)[{CurrentTimePlugin" + args + "}]%%",
                "|[{CurrentTimePlugin" + args + "}]|",
                "[{InsertPage page='SpellingTarget'}]");
    }

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("wsr-security");
        Path pages = Files.createDirectories(data.resolve("pages"));
        StringBuilder probe = new StringBuilder("[{SET jspwiki.runFilters='false'}]\n\nProbe\n\n");
        spellings().forEach(s -> probe.append(s).append("\n\n"));
        probe.append("[{ALLOW view Anonymous}]\n[{ALLOW edit Anonymous}]\n");
        Files.writeString(pages.resolve("SpellingProbe.txt"), probe.toString(), StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("SpellingTarget.txt"), "EX1999EC inserted", StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("XssProbe.txt"), "[{WeblogPlugin page='Main' startDate='<script>alert(\"weblog\")</script>'}]\n"
                + "[{Image src='x' link='javascript:alert(1)'}]\n[{InsertPage page='Main' default='<script>alert(2)</script>'}]\n",
                StandardCharsets.UTF_8);
        product = new ProductProcess(data, Path.of("target", "security-it.log"), Map.of());
        zhang = login("zhang");
        li = login("li");
        wang = login("wang");
        zhao = login("zhao");
        anonymous = client();
        HttpResponse<String> created = zhang.send(json("POST", REST + "/reports", "{\"owner\":\"zhang\",\"week\":\"" + WEEK + "\"}"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        li.send(json("POST", REST + "/reports", "{\"owner\":\"li\",\"week\":\"" + WEEK + "\"}"), HttpResponse.BodyHandlers.discarding());
    }

    @AfterAll
    static void stop() throws Exception {
        product.close();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private static HttpClient login(String user) throws Exception {
        HttpClient c = client();
        c.send(get("/Login.jsp"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = c.send(form("/j_security_check", "j_username=" + user + "&j_password=demo"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("log-in of " + user).isEqualTo(303);
        return c;
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(product.base + path)).header("Accept-Language", "zh-CN").build();
    }

    private static HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(product.base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", product.base)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest json(String method, String path, String body) {
        return HttpRequest.newBuilder(URI.create(product.base + path)).header("Content-Type", "application/json")
                .header("Origin", product.base).method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> send(HttpClient c, HttpRequest r) throws IOException, InterruptedException {
        return c.send(r, HttpResponse.BodyHandlers.ofString());
    }

    private static String page(String week) {
        return "WeeklyReport_zhang_" + week;
    }

    // 1. Plugins run only where allowed, however the call is spelled, on every rendering path.

    @ParameterizedTest(name = "{0}")
    @MethodSource("spellings")
    void noSpellingOfAStockPluginCallRunsInAPreview(String spelling) throws Exception {
        HttpResponse<String> preview = send(zhang, form("/templates/default/AJAXPreview.jsp?page=Main",
                "wikimarkup=" + URLEncoder.encode(spelling, StandardCharsets.UTF_8)));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(EXECUTED.matcher(preview.body()).find()).as(preview.body()).isFalse();
    }

    @Test
    void noSpellingRunsOnASavedPageEvenWithFiltersSwitchedOff() throws Exception {
        for (HttpClient viewer : List.of(zhao, anonymous)) {
            HttpResponse<String> page = send(viewer, get("/Wiki.jsp?page=SpellingProbe&jspwiki.runFilters=false"));
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Probe");
            assertThat(EXECUTED.matcher(page.body()).find()).as(page.body()).isFalse();
            assertThat(page.body()).contains("本站已停用插件 CurrentTimePlugin");
        }
    }

    @Test
    void stockPluginsWithScriptParametersRenderNoScript() throws Exception {
        HttpResponse<String> page = send(zhao, get("/Wiki.jsp?page=XssProbe"));

        assertThat(page.body()).doesNotContain("<script>alert").doesNotContain("javascript:alert")
                .doesNotContain("alert(&quot;weblog").contains("本站已停用插件 WeblogPlugin");
    }

    @Test
    void anonymousPreviewWithMarkupInTheUrlIsGone() throws Exception {
        HttpResponse<String> preview = send(anonymous, get("/templates/default/AJAXPreview.jsp?page=Main&wikimarkup="
                + URLEncoder.encode("[{InsertPage page='Main' default='<svg onload=alert(1)>'}]", StandardCharsets.UTF_8)));

        assertThat(preview.statusCode()).isEqualTo(404);
        assertThat(preview.body()).doesNotContain("onload");
    }

    @Test
    void previewsShowNoRequestParameterSessionValueOrWikiProperty() throws Exception {
        String markup = "A[{$jspwiki.policy.file}]B[{$jspwiki.fileSystemProvider.pageDir}]C[{$leak}]D[{$pagename}]E"
                + "[{SET leak='own'}][{$leak}]F[{SET totalpages='t'}][{$totalpages}]G[{$_hash}]H[{$msg}]";
        HttpResponse<String> preview = send(zhang, form("/templates/default/AJAXPreview.jsp?page=Main&leak=LEAKED",
                "wikimarkup=" + URLEncoder.encode(markup, StandardCharsets.UTF_8)));

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).doesNotContain("wsr.policy").doesNotContain(product.data.toString())
                .doesNotContain("LEAKED").contains("Main").contains("own").contains("FtG");
    }

    @Test
    void footnoteLinkTextIsNotHtml() throws Exception {
        String markup = "[<meta http-equiv=\"refresh\" content=\"0;url=http://evil.example\">|#1] "
                + "[<div style=\"position:fixed\">x</div>|1] [ <b>z</b> | #2 |class='a']";
        HttpResponse<String> preview = send(zhang, form("/templates/default/AJAXPreview.jsp?page=Main",
                "wikimarkup=" + URLEncoder.encode(markup, StandardCharsets.UTF_8)));

        assertThat(preview.body()).doesNotContain("<meta http-equiv").doesNotContain("<div style")
                .doesNotContain("<b>z</b>").contains("&#60;meta");
    }

    @Test
    void aSkinParameterCannotSwitchToJspWikisStockTemplates() throws Exception {
        assertThat(send(zhang, get("/Wiki.jsp?page=Main&skin=default")).statusCode()).isEqualTo(404);
        assertThat(send(anonymous, get("/Wiki.jsp?page=Main&skin=210")).statusCode()).isEqualTo(404);
    }

    @Test
    void logInFromAnotherSiteIsRefused() throws Exception {
        HttpClient c = client();
        c.send(get("/Login.jsp"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> foreign = send(c, HttpRequest.newBuilder(URI.create(product.base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=wang&j_password=demo")).build());

        assertThat(foreign.statusCode()).isEqualTo(403);
    }

    @Test
    void whatTheContainerAnswersItselfCarriesTheHeadersToo() throws Exception {
        HttpResponse<String> loginForm = send(client(), get("/Edit.jsp?page=Main"));
        HttpResponse<String> undecodable = send(anonymous, get(REST + "/x%00y"));

        assertThat(loginForm.body()).contains("j_security_check");
        assertThat(loginForm.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(loginForm.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(undecodable.statusCode()).isEqualTo(400);
        assertThat(undecodable.body()).startsWith("{\"status\":400");
        assertThat(undecodable.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void noPageTellsTheWikisVersion() throws Exception {
        for (String path : List.of("/Wiki.jsp?page=Main", "/Wiki.jsp?page=" + page(WEEK), "/Login.jsp")) {
            assertThat(send(zhang, get(path)).body()).as(path).doesNotContain("JSPWiki v").doesNotContain("2.11.2");
        }
    }

    @Test
    void anAdministratorAdministersPages() throws Exception {
        HttpClient admin = login("admin");

        assertThat(send(admin, get("/Edit.jsp?page=Main")).body()).contains("_editedtext");
        assertThat(send(admin, get("/Wiki.jsp?page=" + page(WEEK))).body()).contains("目标 → 成果");
        assertThat(send(zhang, get("/Edit.jsp?page=Main")).body()).doesNotContain("_editedtext");
        // The pages the product ships are the administrator's, not a manager's or a director's to rewrite.
        for (HttpClient lead : List.of(login("wang"), login("zhao"))) {
            for (String shipped : List.of("Main", "WsrDrill", "WsrRegions", "LeftMenu")) {
                assertThat(send(lead, get("/Edit.jsp?page=" + shipped)).body()).as(shipped).doesNotContain("_editedtext");
            }
        }
    }

    @Test
    void aPluginsDebugParameterPrintsNoStackTrace() throws Exception {
        HttpResponse<String> preview = send(zhang, form("/templates/default/AJAXPreview.jsp?page=Main", "wikimarkup="
                + URLEncoder.encode("[{ScorecardMacro owner='zhang' week='not-a-week' debug='true'}]", StandardCharsets.UTF_8)));

        assertThat(preview.body()).doesNotContain("at com.weeklyreview").doesNotContain("at org.apache").doesNotContain("Exception");
    }

    @Test
    void logInGivesANewSessionId() throws Exception {
        HttpClient c = client();
        HttpResponse<String> before = send(c, get("/Login.jsp"));
        String first = before.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        HttpResponse<String> login = send(c, form("/j_security_check", "j_username=wang&j_password=demo"));
        String second = login.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(second.split(";")[0]).isNotEqualTo(first.split(";")[0]);
    }

    // 2. XHRHtml2Markup.jsp (CVE-2022-27166).

    @Test
    void htmlToMarkupConverterIsGoneForEveryone() throws Exception {
        for (HttpClient c : List.of(anonymous, zhang, zhao)) {
            HttpResponse<String> r = send(c, form("/XHRHtml2Markup.jsp", "htmlPageText=%3Csvg+onload%3Dalert(1)%3E"));
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).doesNotContain("onload");
        }
    }

    // 3. Impersonation by GET.

    @Test
    void profilesCannotBeChangedByGetOrPost() throws Exception {
        String query = "/UserPreferences.jsp?action=saveProfile&loginname=zhao&fullname=zhao&email=x@y.z";
        assertThat(send(anonymous, get(query)).statusCode()).isEqualTo(404);
        assertThat(send(zhang, get(query)).statusCode()).isEqualTo(404);
        assertThat(send(zhang, form("/UserPreferences.jsp", "action=saveProfile&loginname=zhao&fullname=zhao")).statusCode())
                .isEqualTo(404);

        assertThat(Files.readString(product.data.resolve("userdatabase.xml"))).doesNotContain("zhao");
        assertThat(send(zhang, get("/Wiki.jsp?page=Main")).body()).doesNotContain("赵敏").doesNotContain(">zhao<");
    }

    // 4. Wiki groups (Admin).

    @Test
    void aRepCannotCreateOrChangeWikiGroups() throws Exception {
        for (String path : List.of("/NewGroup.jsp", "/EditGroup.jsp", "/Group.jsp", "/DeleteGroup.jsp")) {
            HttpResponse<String> r = send(zhang, form(path, "action=save&group=Admin&members=zhang"));
            assertThat(r.statusCode()).as(path).isEqualTo(404);
        }
        assertThat(Files.readString(product.data.resolve("groupdatabase.xml"))).doesNotContain("zhang");
    }

    // 5. Report pages are private by role.

    @Test
    void anotherRepAndAnonymousSeeNeitherTheReportPageNorItsHistory() throws Exception {
        for (String path : List.of("/Wiki.jsp?page=" + page(WEEK), "/Diff.jsp?page=" + page(WEEK) + "&r1=1&r2=1",
                "/PageInfo.jsp?page=" + page(WEEK), "/Wiki.jsp?page=" + page(WEEK) + "&version=1")) {
            for (HttpClient outsider : List.of(li, anonymous)) {
                HttpResponse<String> r = send(outsider, get(path));
                assertThat(r.body()).as(path).doesNotContain("[{ScorecardMacro").doesNotContain("wsr-scorecard")
                        .doesNotContain("目标 → 成果");
            }
        }
        HttpResponse<String> refused = send(li, get("/Wiki.jsp?page=" + page(WEEK)));
        String login = refused.headers().firstValue("Location").orElse("");
        assertThat(login).contains("Login.jsp");
        HttpResponse<String> then = send(li, get(login.replaceFirst("^https?://[^/]+", "")));
        assertThat(then.statusCode()).as("a logged-in outsider ends on 403, not a redirect loop").isEqualTo(403);
        assertThat(then.body()).contains("您无权访问此页面");
        for (HttpClient reader : List.of(zhang, wang, zhao)) {
            HttpResponse<String> r = send(reader, get("/Wiki.jsp?page=" + page(WEEK)));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("目标 → 成果");
        }
    }

    @Test
    void searchShowsAReportOnlyToItsReaders() throws Exception {
        // The demo has a hundred-odd report pages of 2026: search for this test's week (one token, "2025-w40").
        String query = "/Search.jsp?query=" + URLEncoder.encode(WEEK, StandardCharsets.UTF_8);
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String managers = "";
        while (System.nanoTime() < until && !managers.contains(page(WEEK))) {
            managers = send(wang, get(query)).body();
            Thread.sleep(500);
        }
        assertThat(managers).as("the manager finds the report (the index is built)").contains(page(WEEK));

        String rep = send(li, get(query)).body();
        assertThat(rep).contains("WeeklyReport_li_" + WEEK).doesNotContain(page(WEEK));
    }

    @Test
    void aRepCannotCreateAnotherRepsReportPageFirst() throws Exception {
        String target = "WeeklyReport_li_2025-W41";
        HttpResponse<String> edit = send(zhang, get("/Edit.jsp?page=" + target));
        HttpResponse<String> save = send(zhang, form("/Edit.jsp?page=" + target,
                "page=" + target + "&action=save&ok=Save&_editedtext=" + URLEncoder.encode("[{Image src='x'}] taken", StandardCharsets.UTF_8)));

        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(edit.body()).doesNotContain("_editedtext").contains("您无权访问此页面");
        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(product.data.resolve("pages").resolve(target + ".txt")).doesNotExist();
    }

    @Test
    void anotherRepCannotEditTheReportPage() throws Exception {
        HttpResponse<String> edit = send(li, get("/Edit.jsp?page=" + page(WEEK)));

        assertThat(edit.body()).doesNotContain("_editedtext").doesNotContain("目标 → 成果");
        assertThat(send(zhang, get("/Edit.jsp?page=" + page(WEEK))).body()).contains("_editedtext");
    }

    @Test
    @Order(100)
    void theOwnerCannotEditTheReportAfterSubmitting() throws Exception {
        String week = "2025-W39";
        long id = reportId(zhang, "zhang", week);
        assertThat(send(zhang, get("/Edit.jsp?page=" + page(week))).body()).contains("_editedtext");

        HttpResponse<String> submit = send(zhang, json("POST", REST + "/reports/" + id + "/transitions", "{\"action\":\"submit\"}"));
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(200);

        assertThat(send(zhang, get("/Edit.jsp?page=" + page(week))).body()).doesNotContain("_editedtext");
        assertThat(send(zhang, get("/Wiki.jsp?page=" + page(week))).body()).contains("目标 → 成果");
    }

    private static long reportId(HttpClient c, String owner, String week) throws Exception {
        HttpResponse<String> r = send(c, json("POST", REST + "/reports", "{\"owner\":\"" + owner + "\",\"week\":\"" + week + "\"}"));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        return Long.parseLong(r.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    // CSRF.

    @Test
    void restStateChangesOverTheSessionNeedJsonAndTheOwnOrigin() throws Exception {
        String body = "{\"owner\":\"zhang\",\"week\":\"2025-W38\"}";
        HttpResponse<String> plain = send(zhang, HttpRequest.newBuilder(URI.create(product.base + REST + "/reports"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        HttpResponse<String> none = send(zhang, HttpRequest.newBuilder(URI.create(product.base + REST + "/reports"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        HttpResponse<String> foreign = send(zhang, HttpRequest.newBuilder(URI.create(product.base + REST + "/reports"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        HttpResponse<String> basic = send(client(), HttpRequest.newBuilder(URI.create(product.base + REST + "/reports"))
                .header("Content-Type", "application/json").header("Origin", "http://evil.example")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("zhang:demo".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(plain.body()).startsWith("{\"status\":415");
        assertThat(none.statusCode()).isEqualTo(415);
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).startsWith("{\"status\":403");
        assertThat(basic.statusCode()).as("HTTP Basic is not a browser session").isIn(200, 201);
    }

    @Test
    void hostFormsFromAnotherOriginAreRefused() throws Exception {
        HttpResponse<String> save = send(zhang, HttpRequest.newBuilder(URI.create(product.base + "/Edit.jsp?page=" + page(WEEK)))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("page=" + page(WEEK) + "&action=save&ok=Save&_editedtext=gone")).build());
        HttpResponse<String> noOrigin = send(zhang, HttpRequest.newBuilder(URI.create(product.base + "/Edit.jsp?page=" + page(WEEK)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("page=" + page(WEEK) + "&action=save&ok=Save&_editedtext=gone")).build());

        assertThat(save.statusCode()).isEqualTo(403);
        assertThat(noOrigin.statusCode()).isEqualTo(403);
        assertThat(Files.readString(product.data.resolve("pages").resolve(page(WEEK) + ".txt"))).contains("目标 → 成果");
    }

    // 7. Headers, error pages, throttling.

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/Wiki.jsp?page=Main", REST + "/health", "/no-such-thing", "/wsr/login.html")) {
            HttpResponse<String> r = send(anonymous, get(path));
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("script-src 'self';").contains("frame-ancestors 'self'").doesNotContain("unsafe-eval"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> r = send(client(), get("/Wiki.jsp?page=Main"));
        HttpResponse<String> login = send(client(), get("/Login.jsp"));
        List<String> cookies = new ArrayList<>(r.headers().allValues("Set-Cookie"));
        cookies.addAll(login.headers().allValues("Set-Cookie"));

        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID")).isNotEmpty()
                .allSatisfy(c -> assertThat(c).contains("HttpOnly").contains("SameSite=Lax"));
    }

    @Test
    void errorPagesShowNoStackTraceAndSpeakTheViewersLanguage() throws Exception {
        HttpResponse<String> missing = send(anonymous, get("/no-such-page.jsp"));
        HttpResponse<String> rest = send(anonymous, get(REST + "/no-such-call"));
        HttpResponse<String> english = send(anonymous, HttpRequest.newBuilder(URI.create(product.base + "/nothing-here"))
                .header("Accept-Language", "en").build());
        HttpResponse<String> bad = send(anonymous, get("/Wiki.jsp?page=%E4%B8"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("此页面不存在").doesNotContain("Exception").doesNotContain("Tomcat");
        assertThat(rest.statusCode()).isEqualTo(404);
        assertThat(rest.body()).startsWith("{\"status\":404");
        assertThat(english.body()).contains("This page does not exist").doesNotContain("此页面");
        assertThat(bad.statusCode()).isBetween(200, 499);
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("at org.apache");
    }

    @Test
    @Order(200)
    void repeatedWrongPasswordsLockTheUserWithAClearMessage() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpClient c = client();
            c.send(get("/Login.jsp"), HttpResponse.BodyHandlers.discarding());
            statuses.add(send(c, form("/j_security_check", "j_username=li&j_password=wrong" + i)).statusCode());
        }
        HttpClient c = client();
        c.send(get("/Login.jsp"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> right = send(c, form("/j_security_check", "j_username=li&j_password=demo"));

        assertThat(statuses).doesNotContain(303);
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/wsr/login.html?locked="));
        HttpResponse<String> basic = send(client(), HttpRequest.newBuilder(URI.create(product.base + REST + "/reminders"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("zhang:wrong".getBytes())).build());
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it locks this address for HTTP Basic
    void oneAddressTryingManyUserNamesOverBasicIsLockedToo() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            statuses.add(send(client(), HttpRequest.newBuilder(URI.create(product.base + REST + "/reminders"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                            .encodeToString(("spray" + i + ":wrong").getBytes())).build()).statusCode());
        }
        HttpResponse<String> next = send(client(), HttpRequest.newBuilder(URI.create(product.base + REST + "/reminders"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("spray99:wrong".getBytes())).build());

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(next.statusCode()).isEqualTo(429);
        assertThat(next.headers().firstValue("Retry-After")).isPresent();
    }

    // The sweep.

    /** Paths that answer: everything else in the WAR is 404 for every role. */
    private static final Set<String> OPEN = Set.of("/Wiki.jsp", "/Login.jsp", "/Logout.jsp");
    private static final Set<String> LOGGED_IN = Set.of("/Edit.jsp", "/Preview.jsp", "/PageModified.jsp", "/Search.jsp",
            "/Diff.jsp", "/PageInfo.jsp", "/templates/default/AJAXPreview.jsp", "/templates/default/AJAXSearch.jsp");

    @Test
    void onlyTheListedPathsOfTheWarAnswer() throws Exception {
        List<String> paths;
        try (Stream<Path> files = Files.walk(Path.of("target", "webapp"))) {
            paths = files.filter(p -> p.toString().endsWith(".jsp"))
                    .map(p -> "/" + Path.of("target", "webapp").relativize(p).toString().replace('\\', '/'))
                    .sorted().collect(Collectors.toCollection(ArrayList::new));
        }
        paths.addAll(List.of("/attach/Main/x.png", "/wiki/Main", "/ajax/Search", "/admin/ajax/x", "/RPC2/", "/RPCU/",
                "/atom/Main", "/rss.jsp", "/error/Forbidden.html", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF"));
        assertThat(paths).hasSizeGreaterThan(100);
        List<String> wrong = new ArrayList<>();
        Map<String, HttpClient> callers = Map.of("anonymous", anonymous, "rep", zhang, "director", zhao);
        for (var caller : callers.entrySet()) {
            for (String path : paths) {
                if (path.equals("/Logout.jsp") && !caller.getKey().equals("anonymous")) {
                    continue; // it answers, and would end the session the sweep goes on with
                }
                boolean open = OPEN.contains(path) || (LOGGED_IN.contains(path) && !caller.getKey().equals("anonymous"));
                HttpResponse<String> r = send(caller.getValue(), get(path + (path.endsWith(".jsp") ? "?page=Main" : "")));
                boolean sentToLogIn = caller.getKey().equals("anonymous") && r.statusCode() == 200
                        && r.body().contains("j_security_check");
                int status = r.statusCode();
                boolean answered = status != 404 && status != 403;
                if (open != answered && !sentToLogIn) {
                    wrong.add(caller.getKey() + " " + path + " → " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }
}
