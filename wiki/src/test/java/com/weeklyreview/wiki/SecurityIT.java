package com.weeklyreview.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One test per published JSPWiki advisory, each showing the attack no longer works on our deployment. */
class SecurityIT {

    private static ProductProcess product;
    private static HttpClient zhang;

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("wsr-security");
        Files.createDirectories(data.resolve("pages"));
        Files.writeString(data.resolve("pages").resolve("XssProbe.txt"),
                "Probe\n\n[{WeblogPlugin page='Main' startDate='<script>alert(\"weblog\")</script>'}]\n\n"
                        + "[{INSERT org.apache.wiki.plugin.WeblogArchivePlugin}]\n", StandardCharsets.UTF_8);
        product = new ProductProcess(data, Path.of("target", "security-it.log"), Map.of());
        zhang = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        zhang.send(get("/Login.jsp"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = zhang.send(form("/j_security_check", "j_username=zhang&j_password=demo"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(303);
    }

    @AfterAll
    static void stop() throws Exception {
        product.close();
    }

    private static HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(product.base + path)).build();
    }

    private static HttpRequest form(String path, String body) {
        return HttpRequest.newBuilder(URI.create(product.base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    @Test
    void weblogPluginXssIsClosedBecauseStockPluginsAreDisabled() throws Exception {
        HttpResponse<String> page = zhang.send(get("/Wiki.jsp?page=XssProbe"), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script>alert(\"weblog\")").doesNotContain("alert(&quot;weblog")
                .contains("Plugin WeblogPlugin is disabled").contains("Plugin WeblogArchivePlugin is disabled");
    }

    @Test
    void uploadXssIsClosedBecauseUploadsAreOff() throws Exception {
        HttpResponse<String> upload = zhang.send(HttpRequest.newBuilder(URI.create(product.base + "/attach/Main"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Disposition: form-data; name=\"content\"; "
                        + "filename=\"evil.html\"\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>\r\n--x--\r\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> page = zhang.send(get("/Upload.jsp?page=Main"), HttpResponse.BodyHandlers.ofString());

        assertThat(upload.statusCode()).isEqualTo(403);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(Files.exists(product.data.resolve("attachments").resolve("Main-att"))).isFalse();
    }

    @Test
    void impersonationThroughJspWikisUserManagerIsClosed() throws Exception {
        HttpResponse<String> profile = zhang.send(form("/UserPreferences.jsp",
                "action=saveProfile&loginname=zhao&fullname=zhao&password=x&password2=x&email=a@b.c"),
                HttpResponse.BodyHandlers.ofString());
        HttpClient stranger = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> wikiLogin = stranger.send(form("/Login.jsp", "action=login&j_username=zhao&j_password=x"),
                HttpResponse.BodyHandlers.ofString());

        assertThat(profile.statusCode()).isEqualTo(403);
        assertThat(wikiLogin.statusCode()).isEqualTo(403);
        Path users = product.data.resolve("userdatabase.xml");
        assertThat(Files.exists(users) ? Files.readString(users) : "").doesNotContain("zhao");
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() {
        assertThat(HostConfig.fromEnvironment().host()).isEqualTo(System.getenv("HOST") == null ? "127.0.0.1" : System.getenv("HOST"));
        assertThat(product.base).startsWith("http://127.0.0.1:");
    }
}
