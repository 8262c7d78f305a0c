package id.kriya.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.account.PasswordLinkIssued.Purpose;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.Scenario;
import org.springframework.modulith.test.EnableScenarios;

/** An invitation becomes a link to choose a password, through the events between the account module's parts. */
@KriyaWebTest
@EnableScenarios
class PasswordLinksTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    PasswordLinks links;

    @Test
    void anInvitedPersonIsSentALinkToChooseTheirFirstPassword(Scenario scenario) {
        String email = TestAccounts.uniqueEmail();

        scenario.stimulate(() -> accounts.invite(email, "Ni Kadek Ayu", Locale.forLanguageTag("id")))
                .andWaitForEventOfType(PasswordLinkIssued.class).matching(link -> link.email().equals(email))
                .toArriveAndVerify(link -> {
                    assertThat(link.purpose()).isEqualTo(Purpose.SET_PASSWORD);
                    assertThat(link.displayName()).isEqualTo("Ni Kadek Ayu");
                    String token = link.link().substring(link.link().indexOf("token=") + "token=".length());
                    assertThat(links.purposeOf(token)).contains(Purpose.SET_PASSWORD);
                });
    }
}
