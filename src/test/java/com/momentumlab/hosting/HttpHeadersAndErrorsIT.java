package com.momentumlab.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import com.momentumlab.base.security.SecurityHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What any client sees over HTTP: security headers everywhere, error answers without details, size limits. */
@ExtendWith(OutputCaptureExtension.class)
class HttpHeadersAndErrorsIT extends ServerTest {

    private static void assertCommonHeaders(RawHttp.Response response, String what) {
        assertThat(response.header("X-Content-Type-Options")).as(what).contains("nosniff");
        assertThat(response.header("X-Frame-Options")).as(what).contains("DENY");
        assertThat(response.header("Referrer-Policy")).as(what).contains("strict-origin-when-cross-origin");
        assertThat(response.header("Content-Security-Policy")).as(what).isPresent();
        assertThat(response.header("Content-Security-Policy").get()).as(what).contains("frame-ancestors 'none'");
    }

    private static void assertNoDetails(RawHttp.Response response, String what) {
        assertThat(response.body()).as(what)
                .doesNotContain("Whitelabel")
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("Tomcat")
                .doesNotContain("trace");
    }

    @Test
    void thePageGetsThePagePolicy() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/");
        assertThat(response.status()).isEqualTo(200);
        assertCommonHeaders(response, "/");
        assertThat(response.header("Content-Security-Policy")).contains(SecurityHeaders.PAGE_POLICY);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHiddenFromScripts() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/");
        assertThat(response.header("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "*/*"})
    void theErrorPathAskedForDirectlyIsAPageThatDoesNotExist(String accept) throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/error", "Accept: " + accept);
        assertThat(response.status()).isEqualTo(404);
        assertCommonHeaders(response, "/error");
        assertNoDetails(response, "/error");
    }

    @Test
    void dataGetsAPolicyThatAllowsNothing() throws Exception {
        for (String path : new String[] {"/contours/valley", "/readyz", "/livez", "/contours/nope"}) {
            RawHttp.Response response = RawHttp.get(port, path, "Accept: application/json");
            assertCommonHeaders(response, path);
            assertThat(response.header("Content-Security-Policy")).as(path).contains(SecurityHeaders.DATA_POLICY);
        }
    }

    @Test
    void staticResourcesGetTheHeadersToo() throws Exception {
        RawHttp.Response page = RawHttp.get(port, "/");
        String script = page.body().replaceAll("(?s).*<script type=\"module\"[^>]*src=\"\\.?([^\"]+)\".*", "$1");
        assertThat(script).as("a script of the page").startsWith("/VAADIN/");
        RawHttp.Response response = RawHttp.get(port, script, "Accept: */*");
        assertThat(response.status()).isEqualTo(200);
        assertCommonHeaders(response, script);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/html,application/xhtml+xml,*/*;q=0.8", "*/*"})
    void anUnknownFunctionsContoursAnswer404JsonWhateverTheClientAccepts(String accept) throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/contours/nope", "Accept: " + accept);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":404,\"error\":\"Not Found\"}");
    }

    @Test
    void theSpringErrorPageIsTranslatedAndShowsNoDetails() throws Exception {
        // Asked for directly, the error path is a page that does not exist (not a server error).
        RawHttp.Response english = RawHttp.get(port, "/error", "Accept-Language: en-US,en;q=0.9");
        assertThat(english.status()).isEqualTo(404);
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Page not found")
                .contains("Go to the start page");
        assertNoDetails(english, "en");

        RawHttp.Response japanese = RawHttp.get(port, "/error", "Accept-Language: ja-JP,ja;q=0.9,en;q=0.5");
        assertThat(japanese.status()).isEqualTo(404);
        assertThat(japanese.body()).contains("<html lang=\"ja\">").contains("ページが見つかりません")
                .contains("トップページへ");
        assertNoDetails(japanese, "ja");

        RawHttp.Response secondChoice = RawHttp.get(port, "/error", "Accept-Language: fr-FR,ja;q=0.8");
        assertThat(secondChoice.body()).as("the first language we offer wins").contains("<html lang=\"ja\">");
    }

    /** A stranger's wrong method or media type is answered 4xx without a line in the server's log. */
    @Test
    void wrongMethodsAndMediaTypesAreAnsweredWithoutALogLine(CapturedOutput output) throws Exception {
        int logStart = output.getAll().length();
        for (String path : new String[] {"/livez", "/readyz", "/contours/valley"}) {
            for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
                RawHttp.Response response = RawHttp.send(port, method, path, new byte[0], "Accept: application/json");
                assertThat(response.status()).as(method + " " + path).isEqualTo(405);
                assertCommonHeaders(response, method + " " + path);
            }
        }
        assertThat(RawHttp.get(port, "/contours/valley", "Accept: text/html").status()).isEqualTo(406);
        Thread.sleep(50); // let the server finish logging the last request
        assertThat(output.getAll().substring(logStart)).doesNotContain(" WARN ").doesNotContain(" ERROR ");
    }

    /** Messages no Vaadin page sends, from a client with a real session: 400, our headers, nothing in the log. */
    @Test
    void malformedMessagesToVaadinAreRefusedQuietly(CapturedOutput output) throws Exception {
        String cookie = RawHttp.get(port, "/").header("Set-Cookie").orElseThrow().split(";")[0];
        String init = RawHttp.get(port, "/?v-r=init&location=&query=", "Cookie: " + cookie, "Accept: */*").body();
        int logStart = output.getAll().length();
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        for (String body : new String[] {"{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"event\",\"data\":" + deep + "}],\"syncId\":0,\"clientId\":0}",
                "not json", "null", "[]", "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":\"shutdown\"}],\"syncId\":0,\"clientId\":0}",
                "{\"csrfToken\":\"x\",\"syncId\":\"zero\",\"clientId\":0}", "{\"csrfToken\":\"x\",\"rpc\":[null]}"}) {
            for (int i = 0; i < 5; i++) {
                RawHttp.Response response = RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=0",
                        body.getBytes(StandardCharsets.UTF_8), "Cookie: " + cookie, "Content-Type: application/json; charset=UTF-8");
                assertThat(response.status()).as(body.substring(0, Math.min(40, body.length()))).isEqualTo(400);
                assertCommonHeaders(response, "malformed message");
                assertNoDetails(response, "malformed message");
            }
        }
        // Leave as a browser does (Vaadin's unload beacon): a client holds only a few tabs without a page.
        String token = init.replaceAll("(?s).*\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=0", ("{\"csrfToken\":\"" + token + "\",\"rpc\":[],\"UNLOAD\":true}")
                .getBytes(StandardCharsets.UTF_8), "Cookie: " + cookie, "Content-Type: application/json; charset=UTF-8");
        Thread.sleep(50); // let the server finish logging the last request
        String log = output.getAll().substring(logStart);
        assertThat(log).doesNotContain(" WARN ").doesNotContain(" ERROR ").doesNotContainPattern("(?m)^\\s+at ");
        assertThat(log.lines().count()).as("at most one short line").isLessThanOrEqualTo(1);
    }

    @Test
    void anUnknownPageIsA404InTheLearnersLanguageAndCostsNoSession() throws Exception {
        for (String path : new String[] {"/nope", "/a/b/c/d/e", "/index.html?lr=0.1", "/test/nope"}) {
            RawHttp.Response response = RawHttp.get(port, path, "Accept: text/html", "Accept-Language: en-US");
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("<html lang=\"en\">").contains("Page not found")
                    .contains("Go to the start page");
            assertThat(response.header("Set-Cookie")).as(path).isEmpty();
            assertCommonHeaders(response, path);
            assertNoDetails(response, path);
        }
        RawHttp.Response japanese = RawHttp.get(port, "/nope?lang=ja", "Accept: text/html", "Accept-Language: en-US");
        assertThat(japanese.body()).contains("<html lang=\"ja\">").contains("ページが見つかりません");
        assertThat(RawHttp.get(port, "/", "Accept: text/html").status()).isEqualTo(200);
    }

    @Test
    void aLinkLongerThanAnyTheLabWritesGetsATranslatedPage() throws Exception {
        String link = "/?x=" + "%E6%97%A5".repeat(1_000);
        RawHttp.Response english = RawHttp.get(port, link, "Accept: text/html", "Accept-Language: en-US");
        assertThat(english.status()).isEqualTo(414);
        assertThat(english.body()).contains("<html lang=\"en\">").contains("This link is too long");
        assertCommonHeaders(english, "long link");
        assertNoDetails(english, "long link");
        RawHttp.Response japanese = RawHttp.get(port, link, "Accept: text/html", "Accept-Language: ja");
        assertThat(japanese.status()).isEqualTo(414);
        assertThat(japanese.body()).contains("<html lang=\"ja\">").contains("リンクが長すぎます");
    }

    @Test
    void aBigPostToVaadinIsRefusedBeforeAnyoneReadsIt() throws Exception {
        byte[] body = new byte[2 * 1024 * 1024];
        Arrays.fill(body, (byte) 'a');
        RawHttp.Response response = RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=0", body,
                "Content-Type: application/json; charset=UTF-8", "Accept: application/json");
        assertThat(response.status()).isEqualTo(413);
        assertNoDetails(response, "413");
    }

    @Test
    void aBodyOfUnknownLengthIsRefused() throws Exception {
        byte[] chunked = "5\r\nhello\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Response response = RawHttp.send(port, "POST", "/?v-r=uidl&v-uiId=0", chunked,
                "Content-Type: application/json", "Transfer-Encoding: chunked", "Accept: application/json");
        assertThat(response.status()).isEqualTo(411);
    }

    @Test
    void aHugeHeaderIsRefusedWithoutNamingTheServer() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/", "X-Huge: " + "h".repeat(40_000));
        assertThat(response.status()).isEqualTo(400);
        assertNoDetails(response, "huge header");
    }

    @Test
    void aMalformedRequestLineIsRefusedWithoutNamingTheServer() throws Exception {
        RawHttp.Response response = RawHttp.get(port, "/?a=<script>|{}");
        assertThat(response.status()).isEqualTo(400);
        assertNoDetails(response, "bad request line");
    }
}
