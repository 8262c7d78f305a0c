package id.kriya.payment.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MidtransSignatureTests {

    static final String KEY = "SB-Mid-server-test";
    /** SHA-512 of "KRY-1" + "200" + "150000.00" + KEY, computed apart from Kriya (Python's hashlib). */
    static final String EXPECTED = "1dbd7bd43bc5f33c16fc003afbef5ec338ca96471d4ff62bf00e115ddc27865878693a8db65bca9b78e20b2c2ea81ce4ad7cb0855724bdc3cc218334f1d2b612";

    @Test
    void signsOrderStatusAmountAndKeyAsMidtransDoes() {
        assertThat(MidtransSignature.of("KRY-1", "200", "150000.00", KEY)).isEqualTo(EXPECTED);
    }

    @Test
    void acceptsTheRightSignatureInEitherCase() {
        assertThat(MidtransSignature.matches(notification("150000.00", EXPECTED), KEY)).isTrue();
        assertThat(MidtransSignature.matches(notification("150000.00", EXPECTED.toUpperCase()), KEY)).isTrue();
    }

    @Test
    void refusesASignatureForAnotherAmountOrKey() {
        assertThat(MidtransSignature.matches(notification("1500000.00", EXPECTED), KEY)).isFalse();
        assertThat(MidtransSignature.matches(notification("150000.00", EXPECTED), "another-key")).isFalse();
        assertThat(MidtransSignature.matches(notification("150000.00", EXPECTED.substring(1)), KEY)).isFalse();
        assertThat(MidtransSignature.matches(notification("150000.00", null), KEY)).isFalse();
    }

    static MidtransNotification notification(String amount, String signature) {
        return new MidtransNotification("KRY-1", "200", amount, signature, "settlement", "accept", "tx-1");
    }
}
