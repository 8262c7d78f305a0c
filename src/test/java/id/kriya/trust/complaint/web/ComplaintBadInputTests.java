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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.ordering.OrderStatus;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.PaymentLedger;
import id.kriya.trust.complaint.ArtisanComplaints;
import id.kriya.trust.complaint.BuyerComplaints;
import id.kriya.trust.complaint.ComplaintStatus;
import id.kriya.trust.complaint.ComplaintThreads;
import id.kriya.trust.complaint.ComplaintView;
import id.kriya.trust.complaint.TestComplaints;
import id.kriya.trust.complaint.TestComplaints.Sale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every bad input of a complaint, from every side, is refused with a message in the person's language and changes
 * nothing: the complaint (its thread, its status), the order and the ledger stay as they were.
 */
@KriyaWebTest
class ComplaintBadInputTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestComplaints complaints;

    @Autowired
    TestPeople people;

    @Autowired
    ComplaintThreads threads;

    @Autowired
    BuyerComplaints buyers;

    @Autowired
    ArtisanComplaints artisanSide;

    @Autowired
    PaymentLedger ledger;

    static MockMultipartFile photo() {
        return new MockMultipartFile("photos", "kain.jpg", "image/jpeg", TestComplaints.jpeg());
    }

    ComplaintView complaintOf(Sale sale, String number) {
        return threads.read(sale.buyer().id(), number).complaint();
    }

    @Test
    void someoneElsesOrderHasNoComplaintFormAndTakesNone() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        KriyaUser stranger = people.buyer();

        mvc.perform(get("/orders/" + sale.number() + "/complaint").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(multipart("/orders/" + sale.number() + "/complaint").file(photo()).param("reason", "DAMAGED")
                        .param("asked", "FULL_REFUND").param("text", STORY).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/orders/" + sale.number() + "/complaint").file(photo()).param("reason", "DAMAGED")
                        .param("asked", "FULL_REFUND").param("text", STORY)
                        .param("key", UUID.randomUUID().toString()).with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.ARRIVED);
        assertThat(complaints.order(sale).complaintNumber()).isNull();
    }

    @Test
    void aComplaintAboutThePieceNeedsAPhotoAndForgedKindsAndAmountsAreRefused() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String form = "/orders/" + sale.number() + "/complaint";

        mvc.perform(multipart(form).param("reason", "NOT_AS_PICTURED").param("asked", "FULL_REFUND")
                        .param("text", STORY).with(user(sale.buyer())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("openForm", "photos", "complaint.photos.required"))
                .andExpect(content().string(containsString("Sertakan paling sedikit satu foto")));
        mvc.perform(multipart(form).file(photo()).param("reason", "HACKED").param("asked", "EVERYTHING")
                        .param("amount", "-5").param("text", STORY).with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "reason", "complaint.reason.missing"))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "asked", "complaint.remedy.missing"))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "amount", "complaint.amount.invalid"));
        mvc.perform(multipart(form).file(photo()).param("reason", "DAMAGED").param("asked", "PARTIAL_REFUND")
                        .param("amount", "" + (sale.order().total().amount() + 1)).param("text", STORY)
                        .with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "amount", "complaint.amount.tooLarge"))
                .andExpect(content().string(containsString("tidak boleh melebihi total pesanan, "
                        + sale.order().total().formatted())));
        mvc.perform(multipart(form).file(photo()).param("reason", "DAMAGED").param("asked", "NONE")
                        .param("text", STORY).with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "asked", "complaint.remedy.missing"));
        mvc.perform(multipart(form).file(photo()).param("reason", "DAMAGED").param("asked", "FULL_REFUND")
                        .param("text", "rusak").with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "text", "complaint.text.size"));
        mvc.perform(multipart(form).file(photo()).file(photo()).file(photo()).file(photo()).file(photo()).file(photo())
                        .param("reason", "DAMAGED").param("asked", "FULL_REFUND").param("text", STORY)
                        .with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("openForm", "photos", "complaint.photos.tooMany"));
        mvc.perform(multipart(form).file(new MockMultipartFile("photos", "x.jpg", "image/jpeg", "not a photo".getBytes()))
                        .param("reason", "DAMAGED").param("asked", "FULL_REFUND").param("text", STORY)
                        .with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("openForm", "photos"));

        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.ARRIVED);
        assertThat(buyers.mine(sale.buyer().id(), org.springframework.data.domain.PageRequest.of(0, 5))).isEmpty();
    }

    @Test
    void anOrderIsComplainedOfOnce() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);

        mvc.perform(multipart("/orders/" + sale.number() + "/complaint").file(photo()).param("reason", "DAMAGED")
                        .param("asked", "FULL_REFUND").param("text", STORY).with(user(sale.buyer())).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "complaint.already"));
        mvc.perform(get("/orders/" + sale.number() + "/complaint").with(user(sale.buyer())))
                .andExpect(flash().attribute("flashError", "complaint.already"));

        assertThat(buyers.mine(sale.buyer().id(), org.springframework.data.domain.PageRequest.of(0, 5)))
                .extracting(ComplaintView::number).containsExactly(number);
        assertThat(complaintOf(sale, number).entries()).hasSize(1);
    }

    @Test
    void anOrderNotYetArrivedNorLateTakesNoComplaint() throws Exception {
        Sale sale = complaints.shipped(TestComplaints.GIANYAR);

        mvc.perform(multipart("/orders/" + sale.number() + "/complaint").param("reason", "NOT_ARRIVED")
                        .param("asked", "FULL_REFUND").param("text", STORY).with(user(sale.buyer())).with(csrf()))
                .andExpect(flash().attribute("flashError", "complaint.window.notYet"));
        mvc.perform(get("/orders/" + sale.number()).with(user(sale.buyer())))
                .andExpect(content().string(not(containsString("/orders/" + sale.number() + "/complaint"))));

        assertThat(complaints.order(sale).status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void anArtisanCannotAnswerAnotherShopsComplaint() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);
        KriyaUser otherArtisan = complaints.arrivedInGianyar().artisan().user();

        mvc.perform(get("/complaints/" + number).with(user(otherArtisan))).andExpect(status().isNotFound());
        mvc.perform(multipart("/my/complaints/" + number + "/answer").param("answer", "ACCEPT")
                .with(user(otherArtisan)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/my/complaints/" + number + "/mediation").with(user(otherArtisan)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/complaints/" + number + "/messages").param("text", "Halo")
                .with(user(otherArtisan)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/complaints/" + number + "/withdraw").with(user(sale.artisan().user())).with(csrf()))
                .andExpect(status().isNotFound());

        ComplaintView unchanged = complaintOf(sale, number);
        assertThat(unchanged.status()).isEqualTo(ComplaintStatus.AWAITING_ARTISAN);
        assertThat(unchanged.entries()).hasSize(1);
        assertThat(ledger.of(sale.number())).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.PAYMENT_CONFIRMED);
    }

    @Test
    void anOfficerOutsideTheArtisansAreaNeitherSeesNorDecides() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);
        artisanSide.askMediation(sale.artisan().user().id(), number, null);
        KriyaUser denpasar = people.officerOf("51.71");
        KriyaUser province = people.officerOf("51");

        mvc.perform(get("/officer/complaints").with(user(denpasar))).andExpect(content().string(not(containsString(number))));
        mvc.perform(get("/complaints/" + number).with(user(denpasar))).andExpect(status().isNotFound());
        mvc.perform(post("/officer/complaints/" + number + "/decide").param("remedy", "FULL_REFUND")
                        .param("text", "Diputuskan oleh petugas yang salah wilayah.").with(user(denpasar)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/officer/complaints/" + number + "/decide").param("remedy", "FULL_REFUND")
                        .param("text", "Pembeli bukan petugas, jadi tidak boleh memutuskan.")
                        .with(user(sale.buyer())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(complaintOf(sale, number).status()).isEqualTo(ComplaintStatus.MEDIATION);

        mvc.perform(get("/officer/complaints").with(user(province))).andExpect(content().string(containsString(number)));
        mvc.perform(post("/officer/complaints/" + number + "/decide").param("remedy", "PARTIAL_REFUND")
                        .param("amount", "999999999").param("text", "Jumlah ini lebih besar dari total pesanan.")
                        .with(user(province)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("decisionForm", "amount", "complaint.amount.tooLarge"));
        mvc.perform(post("/officer/complaints/" + number + "/decide").param("remedy", "BRIBE")
                        .param("text", "Jenis keputusan yang tidak ada sama sekali.").with(user(province)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("decisionForm", "remedy", "complaint.remedy.missing"));

        assertThat(complaintOf(sale, number).status()).isEqualTo(ComplaintStatus.MEDIATION);
        assertThat(ledger.of(sale.number())).extracting(LedgerEntry::kind)
                .containsExactly(LedgerEntry.Kind.PAYMENT_CONFIRMED);
    }

    @Test
    void forgedNumbersPhotosAndKindsChangeNothing() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String number = complaints.notAsPictured(sale);
        Sale other = complaints.arrivedInGianyar();
        String othersNumber = complaints.notAsPictured(other);
        String othersPhoto = threads.read(other.buyer().id(), othersNumber).complaint().entries().get(0).photos().get(0)
                .toString();
        KriyaUser artisan = sale.artisan().user();

        mvc.perform(get("/complaints/KM-000000-ZZZZZZ").with(user(sale.buyer()))).andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + number + "/photos/" + othersPhoto + ".jpg").with(user(sale.buyer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + number + "/photos/not-a-uuid.jpg").with(user(sale.buyer())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/complaints/" + othersNumber + "/photos/" + othersPhoto + ".jpg").with(user(people.buyer())))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/my/complaints/" + number + "/answer").param("answer", "SURRENDER")
                        .with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("answerForm", "answer", "complaint.answer.missing"));
        mvc.perform(multipart("/my/complaints/" + number + "/answer").param("answer", "OFFER").param("remedy", "GOLD")
                        .param("text", STORY).with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("answerForm", "remedy", "complaint.remedy.missing"));
        mvc.perform(multipart("/my/complaints/" + number + "/answer").param("answer", "OFFER")
                        .param("remedy", "PARTIAL_REFUND").param("amount", "" + (sale.order().total().amount() + 1))
                        .param("text", STORY).with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("answerForm", "amount", "complaint.amount.tooLarge"));
        mvc.perform(multipart("/my/complaints/" + number + "/answer").param("answer", "REJECT")
                        .param("text", STORY).with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("answerForm", "photos", "complaint.reject.evidence"));
        mvc.perform(post("/complaints/" + number + "/return").param("courier", "TELEPORT").param("tracking", "X")
                        .with(user(sale.buyer())).with(csrf()))
                .andExpect(model().attributeHasErrors("returnForm"));
        mvc.perform(post("/my/complaints/" + number + "/refund").with(user(artisan)).with(csrf()))
                .andExpect(model().attributeHasErrors("refundForm"));

        ComplaintView unchanged = complaintOf(sale, number);
        assertThat(unchanged.status()).isEqualTo(ComplaintStatus.AWAITING_ARTISAN);
        assertThat(unchanged.entries()).hasSize(1);
    }

    @Test
    void scriptsInEveryTextAreShownAsText() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        String script = "<script>alert('kriya')</script><b>tebal</b> warnanya sangat berbeda dari foto";
        String location = mvc.perform(multipart("/orders/" + sale.number() + "/complaint").file(photo())
                        .param("reason", "NOT_AS_PICTURED").param("asked", "REPLACEMENT").param("text", script)
                        .with(user(sale.buyer())).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String number = location.substring("/complaints/".length());
        mvc.perform(multipart("/complaints/" + number + "/messages").param("text", "<img src=x onerror=alert(1)>")
                .with(user(sale.artisan().user())).with(csrf()));
        mvc.perform(multipart("/my/complaints/" + number + "/answer").file(photo()).param("answer", "REJECT")
                .param("text", "<iframe src=//evil></iframe> tidak benar sama sekali")
                .with(user(sale.artisan().user())).with(csrf()));

        String page = mvc.perform(get("/complaints/" + number).with(user(sale.buyer())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>tebal</b>")
                .doesNotContain("<img src=x").doesNotContain("<iframe src=//evil>")
                .contains("&lt;script&gt;alert(&#39;kriya&#39;)&lt;/script&gt;&lt;b&gt;tebal&lt;/b&gt;")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;iframe src=//evil&gt;");
        assertThat(complaintOf(sale, number).entries()).extracting(ComplaintView.Entry::text)
                .contains(script);
        assertThat(List.of(complaintOf(sale, number).status())).containsExactly(ComplaintStatus.MEDIATION);
    }

    @Test
    void aGuestWithTheCheckoutKeyMustSignInAndTheOrderJoinsTheirAccount() throws Exception {
        Sale sale = complaints.arrivedInGianyar();
        mvc.perform(get("/orders/" + sale.number() + "/complaint").param("key", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "complaint.open.signin"));
        mvc.perform(get("/complaints/KM-000000-ZZZZZZ")).andExpect(status().is3xxRedirection());
        assertThat(complaints.order(sale).complaintNumber()).isNull();
    }
}
