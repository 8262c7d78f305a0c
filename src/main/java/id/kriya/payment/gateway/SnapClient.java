package id.kriya.payment.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Midtrans Snap's backend API: {@code POST {base}/snap/v1/transactions} with HTTP Basic authentication (the server key
 * as user name, no password) and the transaction as JSON; Snap answers with a token and the {@code redirect_url} of
 * its payment page. Every call is bounded by a connect and a response timeout, so a slow gateway never holds a
 * buyer's request for long.
 */
public class SnapClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;
    private final Duration timeout;

    public SnapClient(URI base, String serverKey, Duration connectTimeout, Duration timeout) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        this.endpoint = URI.create(root).resolve("snap/v1/transactions");
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((serverKey + ":").getBytes(StandardCharsets.UTF_8));
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Where transactions are created. */
    public URI endpoint() {
        return endpoint;
    }

    /**
     * Creates the transaction.
     *
     * @throws SnapException when the gateway cannot be reached in time, refuses, or answers with no usable page
     */
    public SnapTransaction create(SnapRequest request) {
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body(request), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SnapException("Snap did not answer in time", 0, List.of(), e);
        } catch (IOException e) {
            throw new SnapException("Snap could not be reached", 0, List.of(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapException("Interrupted while waiting for Snap", 0, List.of(), e);
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            throw new SnapException("Snap refused the transaction", response.statusCode(), reasons(answer), null);
        }
        String token = text(answer, "token");
        String redirect = text(answer, "redirect_url");
        if (token == null || redirect == null) {
            throw new SnapException("Snap answered without a token and redirect_url", response.statusCode(),
                    reasons(answer), null);
        }
        URI page;
        try {
            page = URI.create(redirect);
        } catch (IllegalArgumentException e) {
            throw new SnapException("Snap's redirect_url is no address", response.statusCode(), List.of(redirect), e);
        }
        if (!page.isAbsolute() || !("https".equals(page.getScheme()) || "http".equals(page.getScheme()))) {
            throw new SnapException("Snap's redirect_url is no web address", response.statusCode(), List.of(redirect), null);
        }
        return new SnapTransaction(token, page);
    }

    static String body(SnapRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("transaction_details", Map.of("order_id", request.orderId(), "gross_amount", request.grossAmount()));
        List<Map<String, Object>> items = new ArrayList<>();
        for (SnapRequest.Item item : request.items()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", item.id());
            row.put("price", item.price());
            row.put("quantity", item.quantity());
            row.put("name", item.name());
            items.add(row);
        }
        body.put("item_details", items);
        SnapRequest.Customer customer = request.customer();
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("first_name", customer.name());
        address.put("phone", customer.phone());
        address.put("address", customer.address());
        address.put("city", customer.city());
        address.put("postal_code", customer.postalCode());
        address.put("country_code", customer.countryCode());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("first_name", customer.name());
        details.put("email", customer.email());
        details.put("phone", customer.phone());
        details.put("shipping_address", address);
        body.put("customer_details", details);
        if (!request.enabledPayments().isEmpty()) {
            body.put("enabled_payments", request.enabledPayments());
        }
        body.put("credit_card", Map.of("secure", true));
        if (request.finishUrl() != null) {
            body.put("callbacks", Map.of("finish", request.finishUrl()));
        }
        return JSON.writeValueAsString(body);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private static String text(JsonNode answer, String field) {
        if (answer == null || !answer.hasNonNull(field) || !answer.get(field).isString()) {
            return null;
        }
        String value = answer.get(field).asString().strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> reasons(JsonNode answer) {
        List<String> reasons = new ArrayList<>();
        if (answer != null && answer.has("error_messages") && answer.get("error_messages").isArray()) {
            answer.get("error_messages").forEach(reason -> reasons.add(reason.asString()));
        }
        return reasons;
    }
}
