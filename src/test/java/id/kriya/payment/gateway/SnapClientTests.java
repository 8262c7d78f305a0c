package id.kriya.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Snap client against a local stand-in that speaks Snap's documented API. */
class SnapClientTests {

    static final String KEY = "SB-Mid-server-test-" + UUID.randomUUID();

    final SnapStandIn snap = new SnapStandIn(KEY);

    @AfterEach
    void stop() {
        snap.close();
    }

    @Test
    void createsATransactionForTheExactAmountAndGivesThePaymentPage() {
        SnapClient client = new SnapClient(snap.baseUrl(), KEY, Duration.ofSeconds(2), Duration.ofSeconds(2));
        String order = order();

        SnapTransaction transaction = client.create(request(order, 1_270_000));

        assertThat(transaction.token()).isNotBlank();
        assertThat(transaction.redirectUrl().toString())
                .startsWith(snap.baseUrl() + "/snap/v2/vtweb/").endsWith(transaction.token());
        JsonNode sent = snap.createdFor(order).get(0);
        assertThat(sent.path("transaction_details").path("gross_amount").asLong()).isEqualTo(1_270_000);
        assertThat(sent.path("item_details")).hasSize(2);
        assertThat(sent.path("enabled_payments").get(0).asString()).isEqualTo("credit_card");
        assertThat(sent.path("credit_card").path("secure").asBoolean()).isTrue();
        assertThat(sent.path("customer_details").path("email").asString()).isEqualTo("sarah@example.com.au");
        assertThat(sent.path("customer_details").path("shipping_address").path("country_code").asString()).isEqualTo("AUS");
        assertThat(sent.path("callbacks").path("finish").asString()).isEqualTo("https://kriya.example/orders/" + order);
    }

    @Test
    void aWrongServerKeyIsRefusedWithTheGatewaysReason() {
        SnapClient client = new SnapClient(snap.baseUrl(), "not-the-key", Duration.ofSeconds(2), Duration.ofSeconds(2));

        assertThatThrownBy(() -> client.create(request(order(), 50_000)))
                .isInstanceOfSatisfying(SnapException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.reasons()).singleElement().asString().contains("unauthorized");
                });
    }

    @Test
    void aSecondTransactionForTheSameOrderIsRefusedByTheGateway() {
        SnapClient client = new SnapClient(snap.baseUrl(), KEY, Duration.ofSeconds(2), Duration.ofSeconds(2));
        String order = order();
        client.create(request(order, 50_000));

        assertThatThrownBy(() -> client.create(request(order, 50_000)))
                .isInstanceOfSatisfying(SnapException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThat(snap.createdFor(order)).hasSize(1);
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsGivenUpOn() {
        SnapClient client = new SnapClient(snap.baseUrl(), KEY, Duration.ofSeconds(1), Duration.ofMillis(400));
        snap.delayNext(Duration.ofSeconds(3));
        long started = System.nanoTime();

        assertThatThrownBy(() -> client.create(request(order(), 50_000)))
                .isInstanceOfSatisfying(SnapException.class, e -> assertThat(e.status()).isZero());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aGatewayThatCannotBeReachedIsReportedSo() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        SnapClient client = new SnapClient(URI.create("http://127.0.0.1:" + closed), KEY, Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> client.create(request(order(), 50_000))).isInstanceOf(SnapException.class);
    }

    @Test
    void aServerErrorIsReportedWithItsStatus() {
        SnapClient client = new SnapClient(snap.baseUrl(), KEY, Duration.ofSeconds(2), Duration.ofSeconds(2));
        snap.failNext(503);

        assertThatThrownBy(() -> client.create(request(order(), 50_000)))
                .isInstanceOfSatisfying(SnapException.class, e -> assertThat(e.status()).isEqualTo(503));
    }

    @Test
    void itemsThatDoNotAddUpToTheAmountAreNeverSent() {
        assertThatThrownBy(() -> new SnapRequest(order(), 60_000, customer(),
                List.of(new SnapRequest.Item("1", "Kain endek", 50_000, 1)), List.of("credit_card"), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void longItemNamesAreShortenedToWhatSnapTakes() {
        SnapRequest.Item item = new SnapRequest.Item("1", "Kain tenun endek Sidemen motif cepuk warna merah marun "
                + "dengan benang sutra", 50_000, 1);

        assertThat(item.name()).hasSize(SnapRequest.MAX_ITEM_NAME).endsWith("…");
    }

    private static String order() {
        return "KR-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static SnapRequest request(String order, long amount) {
        return new SnapRequest(order, amount, customer(), List.of(
                new SnapRequest.Item("101", "Kain endek Sidemen", amount - 20_000, 1),
                new SnapRequest.Item("SHIPPING", "Shipping", 20_000, 1)), List.of("credit_card"),
                "https://kriya.example/orders/" + order);
    }

    private static SnapRequest.Customer customer() {
        return new SnapRequest.Customer("Sarah Thompson", "sarah@example.com.au", "+61412345678", "12 Smith St",
                "Fitzroy", "3065", "AUS");
    }
}
