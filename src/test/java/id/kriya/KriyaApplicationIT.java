package id.kriya;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import id.kriya.platform.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Kriya as a whole on a real port, against whatever database the environment names: the embedded one by default,
 * the external PostgreSQL when {@code KRIYA_DB_URL} is set (as {@code .ci/run} does).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class KriyaApplicationIT {

    static final boolean EXTERNAL = System.getenv("KRIYA_DB_URL") != null;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void startsEmbeddedPostgresOnlyWhenNoDatabaseIsNamed() {
        assertThat(context.getBeanNamesForType(EmbeddedPostgresServer.class)).hasSize(EXTERNAL ? 0 : 1);
        String url = jdbc.queryForObject("SELECT current_database()", String.class);
        assertThat(url).isNotBlank();
    }

    @Test
    void migratesTheSchemaAndSeedsBali() {
        Integer failed = jdbc.queryForObject("SELECT count(*) FROM flyway_schema_history WHERE NOT success", Integer.class);
        assertThat(failed).isZero();
        assertThat(jdbc.queryForList("SELECT code FROM council WHERE code LIKE '51%' ORDER BY code", String.class))
                .containsExactly("51", "51.01", "51.02", "51.03", "51.04", "51.05", "51.06", "51.07", "51.08", "51.71");
    }

    @Test
    void reportsHealthy() throws Exception {
        HttpResponse<String> health = get("/actuator/health", "application/json");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void servesTheHomePageInBothLanguagesWithSecurityHeaders() throws Exception {
        HttpResponse<String> indonesian = get("/", "text/html");
        assertThat(indonesian.statusCode()).isEqualTo(200);
        assertThat(indonesian.body()).contains("lang=\"id\"").contains("Gianyar").contains("Kota Denpasar");
        assertThat(indonesian.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(indonesian.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(indonesian.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");

        HttpResponse<String> english = get("/?lang=en", "text/html");
        assertThat(english.body()).contains("lang=\"en\"").contains("Regency and city councils");
        assertThat(english.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("kriya-lang=en"));
    }

    @Test
    void behindAnHttpsProxyCookiesAreSecureAndHstsIsSentButNotOverPlainHttp() throws Exception {
        // The proxy (here: this test, on the loopback address Tomcat trusts as an internal proxy) says the visitor
        // came over HTTPS. The sign-in page sets the language and CSRF cookies; a wrong password starts a session.
        HttpResponse<String> proxied = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signin?lang=en"))
                .header("Accept", "text/html").header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7")
                .build());
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age=31536000"));
        assertThat(proxied.headers().allValues("Set-Cookie")).isNotEmpty()
                .anySatisfy(cookie -> assertThat(cookie).startsWith("kriya-lang="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
        assertThat(proxied.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=(self)").contains("geolocation=()"));

        // A wrong password keeps its message in a new session: that cookie is Secure and HttpOnly too.
        java.net.http.HttpHeaders signIn = signInFrom("203.0.113.8", "u" + java.util.UUID.randomUUID() + "@contoh.id", "https").answer();
        assertThat(signIn.allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
                .contains("; Secure").contains("; HttpOnly"));

        HttpResponse<String> plain = get("/signin?lang=en", "text/html");
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty()
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        assertThat(signInFrom("203.0.113.9", "u" + java.util.UUID.randomUUID() + "@contoh.id", "http").answer().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
    }

    @Test
    void aForwardedForHeaderIsBelievedOnlyFromATrustedProxy() throws Exception {
        // Through the (trusted, loopback) proxy, each visitor is told apart by X-Forwarded-For: one visitor's wrong
        // passwords on many addresses slow that visitor down, not the next one behind the same proxy.
        String visitor = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        for (int attempt = 1; attempt <= 20; attempt++) {
            signInFrom(visitor, "u" + java.util.UUID.randomUUID() + "@contoh.id", "http");
        }
        assertThat(signInFrom(visitor, "u" + java.util.UUID.randomUUID() + "@contoh.id", "http").pageAfter()).contains("jaringan ini");
        assertThat(signInFrom("192.0.2." + (1 + new java.util.Random().nextInt(250)),
                "u" + java.util.UUID.randomUUID() + "@contoh.id", "http").pageAfter()).contains("E-mail atau kata sandi salah")
                .doesNotContain("jaringan ini");
    }

    /** What a visitor's wrong password got through the proxy: the answer's headers and the page shown after. */
    private record Attempt(java.net.http.HttpHeaders answer, String pageAfter) {
    }

    private Attempt signInFrom(String visitor, String email, String protocol) throws Exception {
        // Cookies are carried by hand: the test talks plain http to the "proxy", so a client would hold back Secure ones.
        HttpClient browser = HttpClient.newHttpClient();
        URI signIn = URI.create("http://localhost:" + port + "/signin");
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(signIn)
                .header("X-Forwarded-For", visitor).header("X-Forwarded-Proto", protocol).build(),
                HttpResponse.BodyHandlers.ofString());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8)
                + "&password=salah-salah-salah&_csrf=" + java.net.URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> sent = browser.send(HttpRequest.newBuilder(signIn)
                .header("X-Forwarded-For", visitor).header("X-Forwarded-Proto", protocol)
                .header("Cookie", cookiesOf(form.headers())).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
        String page = browser.send(HttpRequest.newBuilder(signIn).header("X-Forwarded-For", visitor)
                .header("X-Forwarded-Proto", protocol).header("Cookie", cookiesOf(sent.headers())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return new Attempt(sent.headers(), page);
    }

    private static String cookiesOf(java.net.http.HttpHeaders headers) {
        return String.join("; ", headers.allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0]).toList());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void ignoresABrokenPercentEscapeInsteadOfFailing() throws Exception {
        // Java's HTTP client refuses to send such an address, so it goes over a plain socket as a browser would.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /councils?x=%zz HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200").contains("Dekranasda Provinsi Bali").doesNotContain("Tomcat");
        }
    }

    @Test
    void refusesAnUploadPastTheLimitWithACalmPage() throws Exception {
        byte[] head = ("--kriya\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"besar.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\r\n--kriya--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 17_000_000 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/signup"))
                .header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=kriya")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Berkas terlalu besar").contains("15 MB");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
