package id.kriya.payment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.payment.BankAccount;
import id.kriya.payment.LedgerEntry;
import id.kriya.payment.LedgerEntry.Kind;
import id.kriya.payment.LedgerEntry.Method;
import id.kriya.payment.PaymentLedger;
import id.kriya.payment.PaymentOptions;
import id.kriya.payment.PaymentSettings;
import id.kriya.payment.QrisMerchant;
import id.kriya.payment.qris.TestQris;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@KriyaWebTest
class PaymentSettingsTests {

    static final QrisMerchant GUREUM = new QrisMerchant("GUREUM SHOP", "JAKARTA PUSAT", TestQris.NMID);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestArtisans artisans;

    @Autowired
    TestPeople people;

    @Autowired
    PaymentOptions options;

    @Autowired
    PaymentSettings settings;

    @Autowired
    PaymentLedger ledger;

    @Test
    void pastedQrisIsShownToConfirmAndSavedOnlyWhenConfirmed() throws Exception {
        Artisan me = artisans.verified();

        mvc.perform(post("/my/payments/qris/check").param("text", "  " + TestQris.STATIC + "\n")
                        .with(user(me.user())).with(csrf()))
                .andExpect(view().name(PaymentSettingsController.CONFIRM_VIEW))
                .andExpect(content().string(allOf(containsString("GUREUM SHOP"), containsString("JAKARTA PUSAT"),
                        containsString(TestQris.NMID), containsString("name=\"text\""))));
        assertThat(options.qrisOf(me.businessId())).isEmpty();

        mvc.perform(post("/my/payments/qris").param("text", TestQris.STATIC).with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"))
                .andExpect(flash().attribute("flash", "payment.qris.saved"));

        assertThat(options.qrisOf(me.businessId())).contains(GUREUM);
        mvc.perform(get("/my/payments").with(user(me.user())))
                .andExpect(content().string(allOf(containsString("GUREUM SHOP"), containsString(TestQris.NMID))));
    }

    @Test
    void qrisIsReadFromAPhotoOfTheSticker() throws Exception {
        Artisan me = artisans.verified();
        String sticker = TestQris.staticFor("WARUNG TENUN SARI", "KLUNGKUNG");

        mvc.perform(multipart("/my/payments/qris/check")
                        .file(new MockMultipartFile("photo", "stiker.jpg", "image/jpeg", TestQris.stickerPhoto(sticker)))
                        .with(user(me.user())).with(csrf()))
                .andExpect(view().name(PaymentSettingsController.CONFIRM_VIEW))
                .andExpect(content().string(allOf(containsString("WARUNG TENUN SARI"), containsString("KLUNGKUNG"))));

        mvc.perform(post("/my/payments/qris").param("text", sticker).with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"));
        assertThat(options.qrisOf(me.businessId())).contains(new QrisMerchant("WARUNG TENUN SARI", "KLUNGKUNG", TestQris.NMID));
    }

    @Test
    void aPhotoWithoutACodeGetsTipsAndSavesNothing() throws Exception {
        Artisan me = artisans.verified();

        checkPhoto(me, new MockMultipartFile("photo", "meja.jpg", "image/jpeg", TestQris.photoWithoutCode()))
                .andExpect(view().name(PaymentSettingsController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("qrisForm", "photo", "payment.qris.photo.noCode"))
                .andExpect(content().string(containsString("Tidak ada kode QR yang terbaca di foto ini")));
        assertThat(options.qrisOf(me.businessId())).isEmpty();
    }

    @Test
    void aFileThatIsNotAPhotoIsRefusedByItsContentNotItsName() throws Exception {
        Artisan me = artisans.verified();

        checkPhoto(me, new MockMultipartFile("photo", "stiker.jpg", "image/jpeg", "%PDF-1.7 bukan foto".getBytes()))
                .andExpect(model().attributeHasFieldErrorCode("qrisForm", "photo", "payment.qris.photo.notAnImage"));
        assertThat(options.qrisOf(me.businessId())).isEmpty();
    }

    @Test
    void aWrongCrcIsRefusedSayingWhatItShouldBe() throws Exception {
        refused(TestQris.wrongCrc(), "payment.qris.error.crc", "tertulis 455D, seharusnya 455C");
    }

    @Test
    void aMissingTagIsRefusedNamingTheTag() throws Exception {
        refused(TestQris.without("59"), "payment.qris.error.missing", "Tag 59 wajib ada di QRIS");
    }

    @Test
    void aBadLengthIsRefusedNamingTheTag() throws Exception {
        refused(TestQris.badLength(), "payment.qris.error.length", "Panjang data tag 59 tertulis");
    }

    @Test
    void aNonNumericAmountIsRefused() throws Exception {
        refused(TestQris.amountOf("12A"), "payment.qris.error.amount", "Nominal (tag 54)");
    }

    @Test
    void aDynamicQrisIsNotASticker() throws Exception {
        refused(TestQris.dynamic(50_000), "payment.qris.error.dynamic", "dibuat untuk satu pembayaran");
    }

    @Test
    void aConfirmationWhoseTextWasChangedIsCheckedAgainAndRefused() throws Exception {
        Artisan me = artisans.verified();

        mvc.perform(post("/my/payments/qris").param("text", TestQris.STATIC.replace("GUREUM", "GUREUN"))
                        .with(user(me.user())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("qrisForm", "text", "payment.qris.error.crc"));
        assertThat(options.qrisOf(me.businessId())).isEmpty();
    }

    @Test
    void anArtisanChangesOnlyTheirOwnBusinessWhateverTheFormCarries() throws Exception {
        Artisan other = artisans.verified();
        settings.useQris(other.user().id(), TestQris.STATIC);
        Artisan me = artisans.verified();
        String mine = TestQris.staticFor("PERAK CELUK", "GIANYAR");

        mvc.perform(post("/my/payments/qris").param("text", mine).param("businessId", String.valueOf(other.businessId()))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"));
        mvc.perform(post("/my/payments/bank").param("bank", "BPD_BALI").param("number", "0123456789")
                        .param("holder", "Ni Made").param("businessId", String.valueOf(other.businessId()))
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"));

        assertThat(options.qrisOf(me.businessId()).orElseThrow().merchantName()).isEqualTo("PERAK CELUK");
        assertThat(options.qrisOf(other.businessId())).contains(GUREUM);
        assertThat(options.bankAccountOf(other.businessId())).isEmpty();
    }

    @Test
    void staffSeeTheSettingsButCannotChangeThem() throws Exception {
        Artisan owner = artisans.verified();
        settings.useQris(owner.user().id(), TestQris.STATIC);
        KriyaUser staff = artisans.staffOf(owner);

        mvc.perform(get("/my/payments").with(user(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("GUREUM SHOP"),
                        containsString("Hanya pemilik usaha yang dapat mengubah pengaturan ini."),
                        not(containsString("action=\"/my/payments/qris/check\"")))));

        mvc.perform(post("/my/payments/qris").param("text", TestQris.staticFor("LAIN", "DENPASAR"))
                        .with(user(staff)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/my/payments/qris/remove").with(user(staff)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/my/payments/bank").param("bank", "BRI").param("number", "123456789").param("holder", "Staf")
                        .with(user(staff)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(options.qrisOf(owner.businessId())).contains(GUREUM);
        assertThat(options.bankAccountOf(owner.businessId())).isEmpty();
    }

    @Test
    void someoneWithoutAVerifiedBusinessIsToldWhatToDoAndCannotSave() throws Exception {
        KriyaUser buyer = people.buyer();
        mvc.perform(get("/my/payments").with(user(buyer)))
                .andExpect(content().string(containsString("Daftarkan usaha Anda dulu")));
        mvc.perform(post("/my/payments/qris").param("text", TestQris.STATIC).with(user(buyer)).with(csrf()))
                .andExpect(status().isForbidden());

        Artisan pending = artisans.pending();
        mvc.perform(get("/my/payments").with(user(pending.user())))
                .andExpect(content().string(containsString("belum diverifikasi")));
        mvc.perform(post("/my/payments/qris").param("text", TestQris.STATIC).with(user(pending.user())).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(options.qrisOf(pending.businessId())).isEmpty();
    }

    @Test
    void theOwnerGivesABankAccountFromTheListOfBanks() throws Exception {
        Artisan me = artisans.verified();
        mvc.perform(get("/my/payments").with(user(me.user())))
                .andExpect(content().string(allOf(containsString("Bank BPD Bali"), containsString("BCA"))));

        mvc.perform(post("/my/payments/bank").param("bank", "BPD_BALI").param("number", "0101-02.003 456")
                        .param("holder", " Ni Made Sari ").with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"))
                .andExpect(flash().attribute("flash", "payment.bank.saved"));

        assertThat(options.bankAccountOf(me.businessId()))
                .contains(new BankAccount("Bank BPD Bali", "010102003456", "Ni Made Sari"));
    }

    @Test
    void theOwnerAddsWhatABankAbroadNeedsAndBuyersAbroadSeeIt() throws Exception {
        Artisan me = artisans.verified();

        mvc.perform(post("/my/payments/bank").param("bank", "BPD_BALI").param("number", "0200202123456")
                        .param("holder", "Ni Made Sari").param("swift", " bpdb idj1 ")
                        .param("bankAddress", "Jl. Raya Puputan No. 1, Renon, Denpasar 80235, Indonesia")
                        .param("holderAddress", "Banjar Gelgel, Klungkung 80716, Indonesia")
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"));

        assertThat(options.bankAccountOf(me.businessId())).hasValueSatisfying(account -> {
            assertThat(account.abroad().swift()).isEqualTo("BPDBIDJ1");
            assertThat(account.abroad().bankAddress()).startsWith("Jl. Raya Puputan");
            assertThat(account.abroad().holderAddress()).startsWith("Banjar Gelgel");
        });
        mvc.perform(get("/my/payments").with(user(me.user())))
                .andExpect(content().string(allOf(containsString("BPDBIDJ1"), containsString("Banjar Gelgel"))));
    }

    @Test
    void aSwiftCodeIsCheckedByItsFormatAndAWrongOneChangesNothing() throws Exception {
        Artisan me = artisans.verified();
        settingsOf(me, "BRI", "1234567890", "I Wayan");
        String[][] wrong = {
                {"BRINIDJ", "payment.bank.swift.length", "8 atau 11 huruf"},
                {"BRINIDJAXXXX", "payment.bank.swift.length", "8 atau 11 huruf"},
                {"BR1NIDJA", "payment.bank.swift.format", "diawali 4 huruf kode bank"},
                {"BRINXXJA", "payment.bank.swift.country", "bukan kode negara"},
                {"BRINAUJA", "payment.bank.swift.notIndonesia", "huruf ke-5 dan ke-6 kode SWIFT/BIC-nya ID"}};
        for (String[] code : wrong) {
            mvc.perform(post("/my/payments/bank").param("bank", "BRI").param("number", "9876543210")
                            .param("holder", "I Wayan").param("swift", code[0]).with(user(me.user())).with(csrf()))
                    .andExpect(model().attributeHasFieldErrorCode("bankForm", "swift", code[1]))
                    .andExpect(content().string(containsString(code[2])));
        }
        mvc.perform(post("/my/payments/bank").param("bank", "BRI").param("number", "9876543210")
                        .param("holder", "I Wayan").param("holderAddress", "Ubud").with(user(me.user())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("bankForm", "swift", "payment.bank.swift.needed"));

        assertThat(options.bankAccountOf(me.businessId()))
                .contains(new BankAccount("BRI", "1234567890", "I Wayan"));
        mvc.perform(post("/my/payments/bank").param("bank", "BRI").param("number", "9876543210")
                        .param("holder", "I Wayan").param("swift", "BRINIDJA123").with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"));
        assertThat(options.bankAccountOf(me.businessId()).orElseThrow().abroad().swift()).isEqualTo("BRINIDJA123");
    }

    private void settingsOf(Artisan me, String bank, String number, String holder) throws Exception {
        mvc.perform(post("/my/payments/bank").param("bank", bank).param("number", number).param("holder", holder)
                        .with(user(me.user())).with(csrf()))
                .andExpect(redirectedUrl("/my/payments"));
    }

    @Test
    void aBankAccountNumberMustBeFiveToTwentyDigits() throws Exception {
        Artisan me = artisans.verified();
        for (String number : new String[] {"1234", "123456789012345678901", "12345abc"}) {
            mvc.perform(post("/my/payments/bank").param("bank", "BRI").param("number", number)
                            .param("holder", "Ni Made").with(user(me.user())).with(csrf()))
                    .andExpect(model().attributeHasFieldErrorCode("bankForm", "number", "payment.bank.number.format"))
                    .andExpect(content().string(containsString("Nomor rekening terdiri dari 5 sampai 20 angka.")));
        }
        mvc.perform(post("/my/payments/bank").param("bank", "BANK_PALSU").param("number", "123456")
                        .param("holder", "Ni Made").with(user(me.user())).with(csrf()))
                .andExpect(model().attributeHasFieldErrors("bankForm", "bank"));
        assertThat(options.bankAccountOf(me.businessId())).isEmpty();
    }

    @Test
    void theLedgerOfTheBusinessShowsNewestFirst() throws Exception {
        Artisan me = artisans.verified();
        Artisan other = artisans.verified();
        ledger.record(new LedgerEntry("KRY-OLD-" + me.businessId(), me.businessId(), Kind.PAYMENT_CONFIRMED, Method.QRIS,
                Rupiah.of(150_000), me.user().id(), null, Instant.parse("2026-11-01T02:00:00Z")));
        ledger.record(new LedgerEntry("KRY-NEW-" + me.businessId(), me.businessId(), Kind.GATEWAY_SETTLED, Method.GATEWAY,
                Rupiah.of(2_750_000), null, null, Instant.parse("2026-11-20T02:00:00Z")));
        ledger.record(new LedgerEntry("KRY-OTHER-" + other.businessId(), other.businessId(), Kind.PAYMENT_CONFIRMED,
                Method.CASH, Rupiah.of(99_000), null, null, Instant.parse("2026-11-21T02:00:00Z")));

        String page = mvc.perform(get("/my/payments").with(user(me.user())))
                .andExpect(content().string(allOf(containsString("Rp2.750.000"), containsString("Rp150.000"),
                        containsString("Lunas lewat payment gateway"), not(containsString("KRY-OTHER-")))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("KRY-NEW-")).isLessThan(page.indexOf("KRY-OLD-"));
    }

    private ResultActions checkPhoto(Artisan me, MockMultipartFile photo) throws Exception {
        return mvc.perform(multipart("/my/payments/qris/check").file(photo).with(user(me.user())).with(csrf()));
    }

    private void refused(String payload, String messageKey, String shown) throws Exception {
        Artisan me = artisans.verified();

        mvc.perform(post("/my/payments/qris/check").param("text", payload).with(user(me.user())).with(csrf()))
                .andExpect(view().name(PaymentSettingsController.VIEW))
                .andExpect(model().attributeHasFieldErrorCode("qrisForm", "text", messageKey))
                .andExpect(content().string(containsString(shown)));
        mvc.perform(post("/my/payments/qris").param("text", payload).with(user(me.user())).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("qrisForm", "text", messageKey));

        assertThat(options.qrisOf(me.businessId())).isEmpty();
    }
}
