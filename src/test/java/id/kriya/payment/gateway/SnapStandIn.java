package id.kriya.payment.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local stand-in for Midtrans Snap, on a random loopback port, speaking the documented API: {@code POST
 * /snap/v1/transactions} checks HTTP Basic authentication with the server key, the transaction (an order id used
 * once, a positive whole gross amount, item details adding up to it) and answers 201 with a token and the
 * {@code redirect_url} of its payment page, or 400/401 with {@code error_messages} as Snap does. Its payment page
 * ({@code GET /snap/v2/vtweb/{token}}) has a button that settles the payment: the stand-in posts a signed settlement
 * notification to Kriya and sends the buyer back to the finish address. Tests can make the next answer fail or slow.
 */
public final class SnapStandIn implements AutoCloseable {

    /** The server key of the test configuration ({@code kriya.payment.midtrans.server-key}). */
    public static final String TEST_SERVER_KEY = "test-midtrans-server-key-not-a-secret";

    private static volatile SnapStandIn shared;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final String serverKey;
    private final List<JsonNode> created = new CopyOnWriteArrayList<>();
    private final Set<String> orderIds = ConcurrentHashMap.newKeySet();
    private final Map<String, JsonNode> byToken = new ConcurrentHashMap<>();
    private volatile int failNextWith;
    private volatile Duration delayNext = Duration.ZERO;
    private volatile URI notificationUrl;

    public SnapStandIn(String serverKey) {
        this.serverKey = serverKey;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "snap-stand-in");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/snap/v1/transactions", this::create);
        server.createContext("/snap/v2/vtweb/", this::page);
        server.start();
    }

    /** The one stand-in of this test run, which the application's configuration points at. */
    public static SnapStandIn shared() {
        if (shared == null) {
            synchronized (SnapStandIn.class) {
                if (shared == null) {
                    shared = new SnapStandIn(TEST_SERVER_KEY);
                }
            }
        }
        return shared;
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Where the payment page's button posts its signed settlement (the application's notification endpoint). */
    public void notifyTo(URI url) {
        this.notificationUrl = url;
    }

    /** The next transaction request is answered with this HTTP status and an error message. */
    public void failNext(int status) {
        this.failNextWith = status;
    }

    /** The next transaction request is answered only after this long. */
    public void delayNext(Duration delay) {
        this.delayNext = delay;
    }

    /** The transaction requests accepted for this order id. */
    public List<JsonNode> createdFor(String orderId) {
        return created.stream().filter(body -> orderId.equals(body.path("transaction_details").path("order_id").asString()))
                .toList();
    }

    /** The signed notification Midtrans would post for this order's transaction. */
    public String notification(String orderId, String status, String grossAmount) {
        String signature = MidtransSignature.of(orderId, "200", grossAmount, serverKey);
        return """
                {"transaction_time":"2026-12-07 10:00:00","transaction_status":"%s","transaction_id":"tx-%s",
                 "status_message":"midtrans payment notification","status_code":"200","signature_key":"%s",
                 "payment_type":"credit_card","order_id":"%s","merchant_id":"G000000000","gross_amount":"%s",
                 "fraud_status":"accept","currency":"IDR"}""".formatted(status, orderId, signature, orderId, grossAmount);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void create(HttpExchange exchange) throws IOException {
        try (exchange) {
            Duration delay = delayNext;
            delayNext = Duration.ZERO;
            if (!delay.isZero()) {
                sleep(delay);
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"error_messages\":[\"Method not allowed\"]}");
                return;
            }
            String expected = "Basic " + Base64.getEncoder()
                    .encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"error_messages\":[\"Access denied due to unauthorized transaction, please check client or server key\"]}");
                return;
            }
            int failure = failNextWith;
            failNextWith = 0;
            if (failure != 0) {
                answer(exchange, failure, "{\"error_messages\":[\"Sorry. Our system is recovering from unexpected issues. Please retry.\"]}");
                return;
            }
            JsonNode body;
            try (InputStream in = exchange.getRequestBody()) {
                body = JSON.readTree(in.readAllBytes());
            } catch (RuntimeException e) {
                answer(exchange, 400, "{\"error_messages\":[\"Request body is not valid JSON\"]}");
                return;
            }
            List<String> problems = problems(body);
            if (!problems.isEmpty()) {
                ObjectNode error = JSON.createObjectNode();
                problems.forEach(error.putArray("error_messages")::add);
                answer(exchange, 400, JSON.writeValueAsString(error));
                return;
            }
            String token = UUID.randomUUID().toString();
            created.add(body);
            byToken.put(token, body);
            answer(exchange, 201, "{\"token\":\"" + token + "\",\"redirect_url\":\"" + baseUrl()
                    + "/snap/v2/vtweb/" + token + "\"}");
        }
    }

    /** What Snap would refuse in this transaction; an order id is taken only by a transaction it accepts. */
    private List<String> problems(JsonNode body) {
        List<String> problems = new ArrayList<>();
        JsonNode details = body.path("transaction_details");
        String orderId = details.path("order_id").asString("");
        JsonNode gross = details.path("gross_amount");
        if (orderId.isBlank()) {
            problems.add("transaction_details.order_id is required");
        }
        if (!gross.isIntegralNumber() || gross.asLong() <= 0) {
            problems.add("transaction_details.gross_amount must be a positive whole number");
        }
        long sum = 0;
        for (JsonNode item : body.path("item_details")) {
            sum += item.path("price").asLong() * item.path("quantity").asLong();
            if (item.path("name").asString("").length() > 50) {
                problems.add("item_details.name is too long");
            }
        }
        if (body.has("item_details") && sum != gross.asLong()) {
            problems.add("transaction_details.gross_amount is not equal to the sum of item_details");
        }
        if (problems.isEmpty() && !orderIds.add(orderId)) {
            problems.add("transaction_details.order_id sudah digunakan");
        }
        return problems;
    }

    private void page(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            boolean pay = path.endsWith("/pay");
            String token = path.substring("/snap/v2/vtweb/".length()).replace("/pay", "");
            JsonNode body = byToken.get(token);
            if (body == null) {
                answer(exchange, 404, "{\"error_messages\":[\"Unknown token\"]}");
                return;
            }
            String orderId = body.path("transaction_details").path("order_id").asString();
            long gross = body.path("transaction_details").path("gross_amount").asLong();
            String finish = body.path("callbacks").path("finish").asString("");
            if (!pay) {
                String html = """
                        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Snap stand-in</title>
                        <meta name="viewport" content="width=device-width"></head><body>
                        <h1>Stand-in card payment</h1><p id="order">%s</p><p id="amount">IDR %d</p>
                        <form method="post" action="/snap/v2/vtweb/%s/pay"><button id="pay" type="submit">Pay now</button></form>
                        </body></html>""".formatted(orderId, gross, token);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                return;
            }
            if (notificationUrl != null) {
                post(notificationUrl, notification(orderId, "settlement", gross + ".00"));
            }
            String back = finish + (finish.contains("?") ? "&" : "?") + "order_id="
                    + URLDecoder.decode(orderId, StandardCharsets.UTF_8) + "&status_code=200&transaction_status=settlement";
            exchange.getResponseHeaders().set("Location", back);
            exchange.sendResponseHeaders(303, -1);
        }
    }

    private static void post(URI url, String json) throws IOException {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url)
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Kriya answered the notification with " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
