package id.kriya.ordering;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kriya.catalog.ProductStatus;
import id.kriya.catalog.ProductView;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

/**
 * Issue 4's race over real HTTP, as browsers send it: a hundred guests, each with cookies of their own, put the same
 * one-of-a-kind painting in their carts and review checkout; then all of them press "place" at the same instant.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CheckoutRaceIT {

    static final int BUYERS = 100;
    static final String TITLE = "Lukisan Kamasan Sayembara Drupadi";
    static final String SOLD = "\"" + TITLE + "\" baru saja terjual. Hapus dari keranjang lalu pesan lagi.";
    static final Pattern PROBLEM = Pattern.compile("<p class=\"flash error\" role=\"alert\">([^<]*)</p>");
    static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern EXPECTED_TOTAL = Pattern.compile("name=\"expectedTotal\" value=\"([0-9]+)\"");
    static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
    static final Pattern RADIO_NAME = Pattern.compile("name=\"(deliveries\\[[0-9]+\\])\"");
    static final Pattern VALUE = Pattern.compile("value=\"([A-Z_]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestArtisans artisans;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aHundredBuyersPressPlaceAtOnceAndExactlyOneGetsThePiece() throws Exception {
        Artisan painter = artisans.verified("51.05");
        ProductView painting = artisans.published(painter, aProduct().titled(TITLE).oneOfAKind());
        List<Buyer> buyers = new ArrayList<>();
        ExecutorService preparing = Executors.newFixedThreadPool(4);
        List<Future<Buyer>> prepared = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            int number = i;
            prepared.add(preparing.submit(() -> new Buyer(number).readyToPlace(painting)));
        }
        for (Future<Buyer> buyer : prepared) {
            buyers.add(buyer.get(60, TimeUnit.SECONDS));
        }
        preparing.shutdown();

        CountDownLatch ready = new CountDownLatch(BUYERS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService racing = Executors.newFixedThreadPool(BUYERS);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (Buyer buyer : buyers) {
            answers.add(racing.submit(() -> {
                ready.countDown();
                go.await();
                return buyer.place();
            }));
        }
        ready.await();
        go.countDown();
        List<HttpResponse<String>> placed = new ArrayList<>();
        List<HttpResponse<String>> soldOut = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
            String checkoutId = buyers.get(i).form.get("checkoutId");
            if (answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("")
                    .endsWith("/checkout/" + checkoutId)) {
                placed.add(answer);
            } else if (answer.statusCode() == 200 && SOLD.equals(problemOn(answer.body()))) {
                soldOut.add(answer);
            } else {
                others.add(answer.statusCode() + " " + answer.headers().firstValue("Location").orElse("")
                        + " " + problemOn(answer.body()));
            }
        }
        racing.shutdown();

        assertThat(others).as("answers neither a sale nor a clear 'sold' (5xx among them)").isEmpty();
        assertThat(placed).hasSize(1);
        assertThat(soldOut).hasSize(BUYERS - 1);
        assertThat(artisans.reload(painter, painting.id()).status()).isEqualTo(ProductStatus.SOLD_OUT);
        Buyer winner = buyers.stream().filter(buyer -> placed.get(0).headers().firstValue("Location").orElseThrow()
                .endsWith(buyer.form.get("checkoutId"))).findFirst().orElseThrow();
        HttpResponse<String> orders = winner.get(placed.get(0).headers().firstValue("Location").orElseThrow());
        assertThat(orders.statusCode()).isEqualTo(200);
        assertThat(Pattern.compile("KR-[0-9]{6}-[0-9A-Z]{6}").matcher(orders.body()).results()
                .map(MatchResult::group).distinct()).as("the one order's number").hasSize(1);
        assertThat(orders.body()).contains("Menunggu Pembayaran")
                .contains(Rupiah.of(Long.parseLong(winner.form.get("expectedTotal"))).formatted());
    }

    /** A guest with a cookie jar of their own. */
    final class Buyer {

        final int number;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        final Map<String, String> form = new LinkedHashMap<>();

        Buyer(int number) {
            this.number = number;
        }

        /** Opens the product page, puts the piece in the cart, and fills in and reviews checkout. */
        Buyer readyToPlace(ProductView product) throws Exception {
            String csrf = find(CSRF, get("/products/" + product.slug()).body());
            HttpResponse<String> added = post("/cart/items",
                    Map.of("productId", Long.toString(product.id()), "quantity", "1", "_csrf", csrf));
            assertThat(added.statusCode()).isEqualTo(302);
            assertThat(cookies).containsKey("kriya-cart");
            form.put("_csrf", csrf);
            form.put("checkoutId", UUID.randomUUID().toString());
            form.put("name", "Ni Luh Putu " + number);
            form.put("email", "pembeli" + number + "@example.com");
            form.put("phone", "+62 812 3456 " + String.format("%04d", number));
            form.put("country", "ID");
            form.put("regionCode", "51.71");
            form.put("city", "Kota Denpasar");
            form.put("district", "Denpasar Selatan");
            form.put("postalCode", "80225");
            form.put("lines", "Jl. Tukad Badung No. " + number);
            form.put("action", "review");
            String review = post("/checkout", form).body();
            form.put("expectedTotal", find(EXPECTED_TOTAL, review));
            List<String> chosen = new ArrayList<>();
            Matcher inputs = INPUT.matcher(review);
            while (inputs.find()) {
                String input = inputs.group();
                if (input.contains("type=\"radio\"") && input.contains("checked")
                        && RADIO_NAME.matcher(input).find()) {
                    form.put(find(RADIO_NAME, input), find(VALUE, input));
                    chosen.add(input);
                }
            }
            assertThat(chosen).as("the courier chosen on review").hasSize(1);
            form.put("action", "place");
            return this;
        }

        HttpResponse<String> place() throws Exception {
            return post("/checkout", form);
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(url(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            StringBuilder body = new StringBuilder();
            fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(url(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            request.timeout(Duration.ofSeconds(60)).header("Accept-Language", "id");
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList()));
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String[] pair = setCookie.split(";", 2)[0].split("=", 2);
                if (pair.length == 2 && !pair[1].isEmpty()) {
                    cookies.put(pair[0].trim(), pair[1].trim());
                }
            }
            return response;
        }

        private URI url(String path) {
            return URI.create(path.startsWith("http") ? path : "http://localhost:" + port + path);
        }
    }

    /** The problem the checkout page shows above the form, as the buyer reads it. */
    private static String problemOn(String html) {
        Matcher problem = PROBLEM.matcher(html);
        return problem.find() ? HtmlUtils.htmlUnescape(problem.group(1)) : null;
    }

    private static String find(Pattern pattern, String html) {
        Matcher m = pattern.matcher(html);
        assertThat(m.find()).as("%s in the page", pattern).isTrue();
        return m.group(1);
    }
}
