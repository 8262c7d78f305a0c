package id.kriya.trust.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateCodeTests {

    @Test
    void aCodeIsSixteenCharactersOfTheReadableAlphabet() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        int[] perPosition = new int[CertificateCode.ALPHABET.length()];
        for (int i = 0; i < 20_000; i++) {
            String code = CertificateCode.random(random).value();
            assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]{16}").doesNotContain("I", "L", "O", "U");
            seen.add(code);
            perPosition[CertificateCode.ALPHABET.indexOf(code.charAt(0))]++;
        }
        assertThat(seen).as("80 random bits: no two alike").hasSize(20_000);
        // Every one of the 32 characters turns up in the first place, about 625 times each: no favourites.
        assertThat(java.util.Arrays.stream(perPosition).boxed().toList()).allSatisfy(count -> assertThat(count).isBetween(450, 800));
    }

    @Test
    void aCodeReadOffPaperIsFoundHoweverItIsTyped() {
        CertificateCode code = new CertificateCode("7K3M9QXD2HVBR4T0");
        assertThat(code.grouped()).isEqualTo("7K3M-9QXD-2HVB-R4T0");
        assertThat(code.verifyPath()).isEqualTo("/verify/7K3M-9QXD-2HVB-R4T0");
        assertThat(CertificateCode.parse("7k3m-9qxd-2hvb-r4to")).contains(code);
        assertThat(CertificateCode.parse(" 7K3M 9QXD 2HVB R4T0 ")).contains(code);
        assertThat(CertificateCode.parse("7K3M9QXD2HVBR4T0")).contains(code);
        assertThat(CertificateCode.parse("IL00-0000-0000-0000")).contains(new CertificateCode("1100000000000000"));
    }

    @Test
    void anythingElseIsNoCode() {
        assertThat(CertificateCode.parse(null)).isEmpty();
        assertThat(CertificateCode.parse("")).isEmpty();
        assertThat(CertificateCode.parse("7K3M-9QXD-2HVB")).as("too short").isEmpty();
        assertThat(CertificateCode.parse("7K3M-9QXD-2HVB-R4T0-A")).as("too long").isEmpty();
        assertThat(CertificateCode.parse("7K3M-9QXD-2HVB-R4TU")).as("U is not in the alphabet").isEmpty();
        assertThat(CertificateCode.parse("<script>alert(1)</script>")).isEmpty();
        assertThat(CertificateCode.parse("1".repeat(10_000))).isEmpty();
        assertThatThrownBy(() -> new CertificateCode("7k3m9qxd2hvbr4t0")).isInstanceOf(IllegalArgumentException.class);
    }
}
