package id.kriya.payment.qris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QrisPayloadTests {

    /** The static payload of the QRIS specification's own example. */
    static final String STATIC = "00020101021126530012COM.DOKU.WWW0118936008990000002475020424750303URE"
            + "51440014ID.CO.QRIS.WWW0215ID10200392934820303URE5204539953033605802ID5911GUREUM SHOP"
            + "6013JAKARTA PUSAT61051064062070703A016304455C";

    @Test
    void theChecksumIsCrc16CcittFalse() {
        assertThat(Crc16.hex("123456789")).isEqualTo("29B1");
    }

    @Test
    void readsTheMerchantOfAStaticPayload() {
        QrisPayload payload = QrisPayload.parse("  " + STATIC + "\n");

        assertThat(payload.isDynamic()).isFalse();
        assertThat(payload.merchantName()).isEqualTo("GUREUM SHOP");
        assertThat(payload.merchantCity()).isEqualTo("JAKARTA PUSAT");
        assertThat(payload.nationalMerchantId()).contains("ID1020039293482");
        assertThat(payload.amount()).isEmpty();
    }

    @Test
    void rebuildingTheSpecificationsExampleGivesItsChecksum() {
        // The specification's example adds a fixed fee; Kriya never does, but the same rebuilding must give the
        // same bytes and the same CRC.
        List<Tlv> elements = new ArrayList<>();
        for (Tlv element : QrisPayload.parse(STATIC).elements()) {
            if (element.tag().equals("58")) {
                elements.add(new Tlv("54", "1000"));
                elements.add(new Tlv("55", "02"));
                elements.add(new Tlv("56", "500"));
            }
            if (element.tag().equals("01")) {
                elements.add(new Tlv("01", "12"));
            } else if (!element.tag().equals("63")) {
                elements.add(element);
            }
        }

        String dynamic = QrisPayload.sealed(elements).text();

        assertThat(dynamic).contains("010212").contains("5404100055020256035005802ID").endsWith("6304FD26");
    }

    @Test
    void anExactAmountMakesADynamicPayloadWithoutFees() {
        QrisPayload dynamic = QrisPayload.parse(STATIC).withAmount(1_250_000);

        assertThat(dynamic.isDynamic()).isTrue();
        assertThat(dynamic.amount()).contains("1250000");
        assertThat(dynamic.text()).contains("5303360" + "54071250000" + "5802ID").doesNotContain("5502")
                .startsWith("000201010212");
        assertThat(QrisPayload.parse(dynamic.text())).isEqualTo(dynamic);
    }

    @Test
    void anOldAmountTipOrFeeIsReplacedNotKept() {
        QrisPayload withFee = QrisPayload.parse(STATIC).withAmount(1000);
        List<Tlv> elements = new ArrayList<>(withFee.elements().subList(0, withFee.elements().size() - 1));
        elements.add(elements.indexOf(new Tlv("58", "ID")), new Tlv("55", "01"));

        QrisPayload again = QrisPayload.sealed(elements).withAmount(75_000);

        assertThat(again.amount()).contains("75000");
        assertThat(again.elements()).extracting(Tlv::tag).doesNotContain("55").containsOnlyOnce("54");
    }

    @Test
    void aWrongChecksumIsRefusedSayingWhatItShouldBe() {
        String wrong = STATIC.substring(0, STATIC.length() - 4) + "455D";

        assertThatThrownBy(() -> QrisPayload.parse(wrong)).isInstanceOfSatisfying(QrisException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("payment.qris.error.crc");
            assertThat(e.arguments()).containsExactly("455D", "455C");
        });
    }

    @Test
    void aChangedCharacterBreaksTheChecksum() {
        assertThatThrownBy(() -> QrisPayload.parse(STATIC.replace("GUREUM", "GUREUN")))
                .isInstanceOfSatisfying(QrisException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("payment.qris.error.crc"));
    }

    @Test
    void aMissingMandatoryTagIsNamed() {
        List<Tlv> elements = withoutCrc(STATIC);
        elements.removeIf(element -> element.tag().equals("59"));

        assertThatThrownBy(() -> QrisPayload.sealed(elements)).isInstanceOfSatisfying(QrisException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("payment.qris.error.missing");
            assertThat(e.arguments()).containsExactly("59");
        });
    }

    @Test
    void aLengthThatRunsPastTheEndIsRefused() {
        String bad = STATIC.replace("5911GUREUM SHOP", "5999GUREUM SHOP");

        assertThatThrownBy(() -> QrisPayload.parse(bad)).isInstanceOfSatisfying(QrisException.class,
                e -> assertThat(e.messageKey()).isEqualTo("payment.qris.error.overrun"));
    }

    @Test
    void aLengthThatIsNotANumberIsRefused() {
        String bad = STATIC.replace("5911GUREUM SHOP", "59XXGUREUM SHOP");

        assertThatThrownBy(() -> QrisPayload.parse(bad)).isInstanceOfSatisfying(QrisException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("payment.qris.error.length");
            assertThat(e.arguments()[0]).isEqualTo("59");
        });
    }

    @Test
    void aNonNumericAmountIsRefused() {
        List<Tlv> elements = withoutCrc(STATIC);
        elements.add(elements.indexOf(new Tlv("58", "ID")), new Tlv("54", "10O0"));

        assertThatThrownBy(() -> QrisPayload.sealed(elements)).isInstanceOfSatisfying(QrisException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("payment.qris.error.amount");
            assertThat(e.arguments()).containsExactly("10O0");
        });
    }

    @Test
    void anotherCurrencyOrCountryIsRefused() {
        List<Tlv> elements = withoutCrc(STATIC);
        elements.set(elements.indexOf(new Tlv("53", "360")), new Tlv("53", "840"));

        assertThatThrownBy(() -> QrisPayload.sealed(elements)).isInstanceOfSatisfying(QrisException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("payment.qris.error.value");
            assertThat(e.arguments()).containsExactly("53", "840");
        });
    }

    @Test
    void textThatIsNoQrisAtAllIsRefused() {
        for (String junk : List.of("", "https://example.com/pay", "hello", "0002", "\u0000" + STATIC)) {
            assertThatThrownBy(() -> QrisPayload.parse(junk)).as(junk).isInstanceOf(QrisException.class);
        }
    }

    static List<Tlv> withoutCrc(String payload) {
        List<Tlv> elements = new ArrayList<>(QrisPayload.parse(payload).elements());
        elements.remove(elements.size() - 1);
        return elements;
    }
}
