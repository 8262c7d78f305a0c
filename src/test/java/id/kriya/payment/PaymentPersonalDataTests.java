package id.kriya.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.artisan.TestPeople;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.payment.qris.TestQris;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class PaymentPersonalDataTests {

    @Autowired
    TestArtisans artisans;

    @Autowired
    PaymentSettings settings;

    @Autowired
    PaymentOptions options;

    @Autowired
    PaymentPersonalData personalData;

    @Autowired
    AccountManagement accounts;

    @Test
    void theOwnersDownloadHoldsTheBankAccountAndStaffsDoesNot() {
        Artisan owner = artisans.verified();
        settings.useBankAccount(owner.user().id(), Bank.BPD_BALI, "0123456789", "Ni Luh Ayu");
        var staff = artisans.staffOf(owner);

        assertThat(personalData.personalDataOf(owner.user().id()))
                .isEqualTo(Map.of("bankAccount", new BankAccount("Bank BPD Bali", "0123456789", "Ni Luh Ayu")));
        assertThat(personalData.personalDataOf(staff.id())).isNull();
    }

    @Test
    void aBusinessThatLeavesTakesItsPaymentSettings() {
        Artisan owner = artisans.verified();
        settings.useQris(owner.user().id(), TestQris.STATIC);
        settings.useBankAccount(owner.user().id(), Bank.BNI, "0123456789", "Ni Luh Ayu");

        accounts.delete(owner.user().id(), TestPeople.PASSWORD);

        await().atMost(Duration.ofSeconds(10)).until(() -> options.qrisOf(owner.businessId()).isEmpty()
                && options.bankAccountOf(owner.businessId()).isEmpty());
    }
}
