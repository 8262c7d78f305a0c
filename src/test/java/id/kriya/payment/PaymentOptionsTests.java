package id.kriya.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.kriya.KriyaWebTest;
import id.kriya.catalog.TestArtisans;
import id.kriya.catalog.TestArtisans.Artisan;
import id.kriya.payment.qris.QrisPayload;
import id.kriya.payment.qris.TestQris;
import id.kriya.shared.Rupiah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class PaymentOptionsTests {

    @Autowired
    PaymentOptions options;

    @Autowired
    PaymentSettings settings;

    @Autowired
    TestArtisans artisans;

    @Test
    void theDynamicQrisAsksForTheExactAmountOfTheSameMerchant() {
        Artisan shop = artisans.verified();
        settings.useQris(shop.user().id(), TestQris.staticFor("TENUN IKAT SIDEMEN", "KARANGASEM"));

        String dynamic = options.dynamicQris(shop.businessId(), Rupiah.of(1_875_000)).orElseThrow();

        QrisPayload payload = QrisPayload.parse(dynamic);
        assertThat(payload.isDynamic()).isTrue();
        assertThat(payload.amount()).contains("1875000");
        assertThat(payload.merchantName()).isEqualTo("TENUN IKAT SIDEMEN");
        assertThat(payload.merchantCity()).isEqualTo("KARANGASEM");
        assertThat(payload.nationalMerchantId()).contains(TestQris.NMID);
        assertThat(options.qrisOf(shop.businessId()))
                .contains(new QrisMerchant("TENUN IKAT SIDEMEN", "KARANGASEM", TestQris.NMID));
    }

    @Test
    void upToTheQrisLimitAndNotAboveIt() {
        Artisan shop = artisans.verified();
        settings.useQris(shop.user().id(), TestQris.STATIC);

        assertThat(options.qrisAllows(PaymentOptions.QRIS_LIMIT)).isTrue();
        assertThat(QrisPayload.parse(options.dynamicQris(shop.businessId(), Rupiah.of(10_000_000)).orElseThrow()).amount())
                .contains("10000000");
        assertThat(options.qrisAllows(Rupiah.of(10_000_001))).isFalse();
        assertThat(options.dynamicQris(shop.businessId(), Rupiah.of(10_000_001))).isEmpty();
        assertThat(options.dynamicQris(shop.businessId(), Rupiah.ZERO)).isEmpty();
        assertThat(options.dynamicQris(shop.businessId(), Rupiah.of(-5_000))).isEmpty();
    }

    @Test
    void aBusinessWithoutQrisOffersNone() {
        Artisan shop = artisans.verified();

        assertThat(options.qrisOf(shop.businessId())).isEmpty();
        assertThat(options.dynamicQris(shop.businessId(), Rupiah.of(50_000))).isEmpty();
        assertThat(options.bankAccountOf(shop.businessId())).isEmpty();
    }

    @Test
    void aRemovedQrisIsNoLongerOffered() {
        Artisan shop = artisans.verified();
        settings.useQris(shop.user().id(), TestQris.STATIC);
        settings.useBankAccount(shop.user().id(), Bank.BRI, "1234567890", "I Wayan Sudarma");

        settings.removeQris(shop.user().id());

        assertThat(options.dynamicQris(shop.businessId(), Rupiah.of(50_000))).isEmpty();
        assertThat(options.bankAccountOf(shop.businessId())).contains(new BankAccount("BRI", "1234567890", "I Wayan Sudarma"));
    }
}
