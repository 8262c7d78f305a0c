package id.kriya.trust.complaint.web;

import static id.kriya.trust.complaint.TestComplaints.STORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.notification.TestOutbox;
import id.kriya.ordering.OrderStatus;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.trust.ComplaintDecided;
import id.kriya.trust.ComplaintEscalated;
import id.kriya.trust.ComplaintOutcome;
import id.kriya.trust.complaint.ComplaintEventsHeard;
import id.kriya.trust.complaint.ComplaintStatus;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.TestComplaints;
import id.kriya.trust.complaint.TestComplaints.Sale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The "done when", through the pages: a buyer receives a piece, opens a not-as-pictured complaint with a
 * photo, the artisan rejects it, it goes to mediation, the Gianyar officer decides a partial refund, the ledger shows
 * it, the artisan pays it with proof and the order closes.
 */
@KriyaWebTest
class ComplaintJourneyTests {

    static final Pattern PHOTO = Pattern.compile("/complaints/KM-[0-9A-Z-]+/photos/[0-9a-f-]{36}\\.jpg");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestComplaints complaints;

    @Autowired
    TestPeople people;

    @Autowired
    ComplaintThreads threads;

    @Autowired
    PaymentLedger ledger;

    @Autowired
    ComplaintEventsHeard events;

    @Autowired
    ApplicationContext context;

    static MockMultipartFile photo() {
        return new MockMultipartFile("photos", "kain.jpg", "image/jpeg", TestComplaints.jpeg());
    }

    @Test
    void aNotAsPicturedComplaintGoesThroughMediationToAPartialRefundAndTheOrderCloses() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        KriyaUser buyer = sale.buyer();
        KriyaUser artisan = sale.artisan().user();
        KriyaUser gianyar = people.officerOf(TestComplaints.GIANYAR);
        String order = sale.number();

        mvc.perform(get("/orders/" + order).with(user(buyer)))
                .andExpect(content().string(containsString("/orders/" + order + "/complaint")));
        mvc.perform(get("/orders/" + order + "/complaint").with(user(buyer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tidak sesuai foto")));
        String location = mvc.perform(multipart("/orders/" + order + "/complaint").file(photo())
                        .param("reason", "NOT_AS_PICTURED").param("asked", "FULL_REFUND").param("text", STORY)
                        .with(user(buyer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "complaint.opened"))
                .andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/complaints/".length());
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.COMPLAINED);
        assertThat(complaints.order(sale).complaintNumber()).isEqualTo(number);

        String artisanPage = mvc.perform(get("/complaints/" + number).with(user(artisan)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(STORY)))
                .andExpect(content().string(containsString("Tanggapi komplain")))
                .andReturn().getResponse().getContentAsString();
        assertThat(photosIn(artisanPage)).isEqualTo(1);
        mvc.perform(multipart("/my/complaints/" + number + "/answer").file(photo()).param("answer", "REJECT")
                        .param("text", "Warna kain ini memang seperti di foto; lihat foto di bawah cahaya siang.")
                        .with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flash", "complaint.answered"));
        assertThat(threads.read(buyer.id(), number).complaint().status()).isEqualTo(ComplaintStatus.MEDIATION);

        mvc.perform(get("/officer/complaints").with(user(gianyar)))
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Mediasi Dekranasda")));
        String officerPage = mvc.perform(get("/complaints/" + number).with(user(gianyar)))
                .andExpect(content().string(containsString("Putuskan komplain")))
                .andExpect(content().string(containsString("Iklan produk saat dipesan")))
                .andExpect(content().string(containsString(sale.order().trackingNumber())))
                .andExpect(content().string(containsString("/media/" + sale.product().coverId() + "/small.jpg")))
                .andReturn().getResponse().getContentAsString();
        assertThat(photosIn(officerPage)).as("both sides' photos").isEqualTo(2);
        Matcher firstPhoto = PHOTO.matcher(officerPage);
        assertThat(firstPhoto.find()).isTrue();
        mvc.perform(get(firstPhoto.group()).with(user(gianyar)))
                .andExpect(status().isOk()).andExpect(content().contentType("image/jpeg"));

        mvc.perform(post("/officer/complaints/" + number + "/decide").param("remedy", "PARTIAL_REFUND")
                        .param("amount", "250000")
                        .param("text", "Warna berbeda sedikit dari foto; perajin mengembalikan sebagian uang.")
                        .with(user(gianyar)).with(csrf()))
                .andExpect(flash().attribute("flash", "complaint.decided"));

        assertThat(ledger.of(order)).extracting(LedgerEntry::kind, entry -> entry.amount().amount())
                .contains(org.assertj.core.groups.Tuple.tuple(LedgerEntry.Kind.REFUND_DUE, 250_000L));
        mvc.perform(get("/complaints/" + number).with(user(buyer)))
                .andExpect(content().string(containsString("Uang kembali sebagian: Rp250.000")))
                .andExpect(content().string(containsString("diputuskan Dekranasda")))
                .andExpect(content().string(not(containsString("Putuskan komplain"))));

        mvc.perform(multipart("/my/complaints/" + number + "/refund").file(photo())
                        .with(user(artisan)).with(csrf()))
                .andExpect(flash().attribute("flash", "complaint.refundPaid"));

        assertThat(ledger.of(order)).extracting(LedgerEntry::kind).containsExactly(LedgerEntry.Kind.PAYMENT_CONFIRMED,
                LedgerEntry.Kind.REFUND_DUE, LedgerEntry.Kind.REFUNDED);
        assertThat(ledger.of(order).get(2).amount().amount()).isEqualTo(250_000);
        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(threads.read(buyer.id(), number).complaint().outcome()).isEqualTo(ComplaintOutcome.PARTLY_REFUNDED);
        mvc.perform(get("/orders/" + order).with(user(buyer)))
                .andExpect(content().string(containsString("/complaints/" + number)))
                .andExpect(content().string(containsString("Selesai")));

        assertThat(events.of(number)).filteredOn(ComplaintEscalated.class::isInstance)
                .extracting(event -> ((ComplaintEscalated) event).cause()).containsExactly(ComplaintEscalated.Cause.REJECTED);
        assertThat(events.of(number)).filteredOn(ComplaintDecided.class::isInstance).singleElement()
                .satisfies(event -> {
                    ComplaintDecided decided = (ComplaintDecided) event;
                    assertThat(decided.againstShop()).isTrue();
                    assertThat(decided.refund()).isEqualTo(250_000);
                    assertThat(decided.decidedBy()).isEqualTo(ComplaintDecided.DecidedBy.COUNCIL);
                });
        TestOutbox outbox = new TestOutbox(context);
        assertThat(outbox.awaitMailTo(gianyar.email(), "complaintEscalatedOfficer").body()).contains(number);
        assertThat(outbox.awaitMailTo(artisan.email(), "complaintOpened").body()).contains(number)
                .contains("Tidak sesuai foto");
        assertThat(outbox.awaitMailTo(artisan.email(), "complaintClosed").body())
                .contains("Uang dikembalikan sebagian");
    }

    private static int photosIn(String page) {
        return (int) PHOTO.matcher(page).results().map(java.util.regex.MatchResult::group).distinct().count();
    }
}
