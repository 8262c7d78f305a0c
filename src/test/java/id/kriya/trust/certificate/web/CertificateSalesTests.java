package id.kriya.trust.certificate.web;

import static id.kriya.catalog.ProductMother.aProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.ordering.Actor;
import id.kriya.ordering.cart.CartOwner;
import id.kriya.ordering.Checkout;
import id.kriya.ordering.OrderManagement;
import id.kriya.ordering.OrderStatus;
import id.kriya.ordering.OrderStatusChanged;
import id.kriya.ordering.OrderView;
import id.kriya.ordering.PaymentMethod;
import id.kriya.ordering.cart.ShoppingCart;
import id.kriya.ordering.TestCheckouts;
import id.kriya.trust.certificate.CertificateRegistry;
import id.kriya.trust.certificate.CertificateStatus;
import id.kriya.trust.certificate.CertificateView;
import id.kriya.trust.certificate.TestCertificates;
import id.kriya.trust.certificate.TestCertificates.Piece;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class CertificateSalesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestCertificates certificates;

    @Autowired
    CertificateRegistry registry;

    @Autowired
    TestPeople people;

    @Autowired
    ShoppingCart cart;

    @Autowired
    Checkout checkout;

    @Autowired
    TestCheckouts checkouts;

    @Autowired
    OrderManagement orders;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    OrderView paid(Piece piece, KriyaUser buyer, int pieces) {
        CartOwner owner = CartOwner.user(buyer.id());
        cart.add(owner, piece.product().id(), pieces);
        OrderView order = checkout.place(checkouts.of(owner, TestCheckouts.DENPASAR)).orders().get(0);
        orders.confirmPayment(piece.artisan().user().id(), order.number(), PaymentMethod.BANK_TRANSFER);
        return order;
    }

    CertificateView awaitStatus(Piece piece, CertificateView certificate, CertificateStatus status) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> registry.find(piece.officer().id(), certificate.id()),
                found -> found.status() == status);
    }

    @Test
    void aPaidPiecePassesItsCertificateToTheBuyerWhoDecidesWhetherTheirNameShows() throws Exception {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        CertificateView certificate = certificates.issue(piece, null, null);
        KriyaUser buyer = people.buyer();
        paid(piece, buyer, 1);

        CertificateView transferred = awaitStatus(piece, certificate, CertificateStatus.TRANSFERRED);
        assertThat(transferred.ownerName()).isEqualTo("Sarah Thompson");
        mvc.perform(get(certificate.code().verifyPath()))
                .andExpect(content().string(allOf(containsString("sudah dialihkan kepada pembeli"),
                        not(containsString("Sarah Thompson")), not(containsString("sarah@example.com")),
                        not(containsString("+31612345678")), not(containsString("Tukad Badung")))));

        mvc.perform(get("/my/certificates").with(user(buyer)))
                .andExpect(content().string(allOf(containsString(certificate.code().grouped()),
                        containsString("Nama Anda tidak tampil"))));
        // Nobody else decides for the buyer, whatever code they send.
        KriyaUser stranger = people.buyer();
        mvc.perform(post("/my/certificates/{code}/name", certificate.code().grouped()).param("show", "true")
                .with(user(stranger)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/my/certificates/{code}/name", "NOT-A-CODE").param("show", "true")
                .with(user(buyer)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get(certificate.code().verifyPath())).andExpect(content().string(not(containsString("Sarah Thompson"))));

        mvc.perform(post("/my/certificates/{code}/name", certificate.code().grouped()).param("show", "true")
                .with(user(buyer)).with(csrf())).andExpect(redirectedUrl("/my/certificates"));
        mvc.perform(get(certificate.code().verifyPath()))
                .andExpect(content().string(allOf(containsString("Pemegang: Sarah Thompson"),
                        not(containsString("sarah@example.com")))));

        mvc.perform(post("/my/certificates/{code}/name", certificate.code().grouped()).param("show", "false")
                .with(user(buyer)).with(csrf())).andExpect(redirectedUrl("/my/certificates"));
        mvc.perform(get(certificate.code().verifyPath())).andExpect(content().string(not(containsString("Sarah Thompson"))));
    }

    @Test
    void aCancelledSaleGivesTheCertificateBackAndAnEditionPassesItsLowestNumbersFirst() {
        Piece edition = certificates.piece("51.04", aProduct().limited(5));
        CertificateView first = certificates.issue(edition, 1, 5);
        CertificateView second = certificates.issue(edition, 2, 5);
        CertificateView third = certificates.issue(edition, 3, 5);

        OrderView order = paid(edition, people.buyer(), 2);
        awaitStatus(edition, first, CertificateStatus.TRANSFERRED);
        awaitStatus(edition, second, CertificateStatus.TRANSFERRED);
        assertThat(registry.find(edition.officer().id(), third.id()).status()).isEqualTo(CertificateStatus.VALID);

        orders.cancelByArtisan(edition.artisan().user().id(), order.number(), "Benang rusak saat dikemas, maaf.");
        awaitStatus(edition, first, CertificateStatus.VALID);
        CertificateView back = awaitStatus(edition, second, CertificateStatus.VALID);
        assertThat(back.ownerName()).isNull();
        assertThat(back.steps()).extracting(CertificateView.Step::kind)
                .containsExactly("ISSUED", "TRANSFERRED", "TRANSFER_UNDONE");
    }

    @Test
    void anOrderRefundedInFullAfterAComplaintGivesTheCertificateBack() {
        Piece piece = certificates.piece("51.04", aProduct().oneOfAKind());
        CertificateView certificate = certificates.issue(piece, null, null);
        OrderView order = paid(piece, people.buyer(), 1);
        awaitStatus(piece, certificate, CertificateStatus.TRANSFERRED);

        // What ordering announces when a complaint closes with the whole total paid back.
        transactions.executeWithoutResult(status -> events.publishEvent(new OrderStatusChanged(order.id(),
                order.number(), order.businessId(), OrderStatus.REFUNDED, Actor.SYSTEM, true)));
        assertThat(awaitStatus(piece, certificate, CertificateStatus.VALID).ownerName()).isNull();
    }

    @Test
    void aRevokedCertificateDoesNotPassToABuyer() {
        Piece piece = certificates.piece("51.04", aProduct().limited(3));
        CertificateView revoked = certificates.issue(piece, 1, 3);
        registry.revoke(piece.officer().id(), revoked.id(), "Nomor edisi salah tulis, diganti sertifikat baru.");
        CertificateView valid = certificates.issue(piece, 2, 3);

        paid(piece, people.buyer(), 1);
        awaitStatus(piece, valid, CertificateStatus.TRANSFERRED);
        assertThat(registry.find(piece.officer().id(), revoked.id()).status()).isEqualTo(CertificateStatus.REVOKED);
    }
}
