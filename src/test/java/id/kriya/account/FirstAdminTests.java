package id.kriya.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kriya.KriyaWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionOperations;

@KriyaWebTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FirstAdmin firstAdmin;

    @Autowired
    UserAccounts accounts;

    @Value("${kriya.admin.email}")
    String email;

    @Value("${kriya.admin.password}")
    String password;

    @Test
    void theConfiguredAdminExistsAndSignsInWithTheConfiguredPassword() throws Exception {
        UserAccount admin = accounts.findByEmail(email).orElseThrow();
        assertThat(admin.has(Role.ADMIN)).isTrue();

        mvc.perform(formLogin("/signin").userParameter("email").user(email).password(password))
                .andExpect(authenticated().withRoles("ADMIN"));
    }

    @Test
    void isCreatedOnlyOnce() {
        String hashBefore = accounts.findByEmail(email).orElseThrow().passwordHash();
        long accountsBefore = accounts.count();

        assertThat(firstAdmin.ensureAdmin()).isFalse();
        firstAdmin.run(null);

        assertThat(accounts.count()).isEqualTo(accountsBefore);
        assertThat(accounts.findByEmail(email).orElseThrow().passwordHash()).isEqualTo(hashBefore);
    }

    @Test
    void withoutAConfiguredPasswordMakesUpAStrongOneAndLogsItOnce(CapturedOutput output) {
        UserAccounts empty = mock(UserAccounts.class);
        when(empty.existsWithRole(Role.ADMIN)).thenReturn(false);
        when(empty.findByEmail("pertama@kriya.local")).thenReturn(Optional.empty());
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        FirstAdmin fresh = new FirstAdmin(empty, encoder, Clock.systemUTC(), "pertama@kriya.local", "",
                TransactionOperations.withoutTransaction());

        assertThat(fresh.ensureAdmin()).isTrue();

        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(empty).saveAndFlush(saved.capture());
        Matcher logged = Pattern.compile("generated password (\\S+) , change it after signing in").matcher(output.getOut());
        assertThat(logged.find()).isTrue();
        String generated = logged.group(1);
        assertThat(generated).hasSizeGreaterThanOrEqualTo(20);
        assertThat(encoder.matches(generated, saved.getValue().passwordHash())).isTrue();
        assertThat(saved.getValue().has(Role.ADMIN)).isTrue();
        assertThat(saved.getValue().email()).isEqualTo("pertama@kriya.local");
    }

    @Test
    void doesNothingWhenAnAdminExists() {
        UserAccounts withAdmin = mock(UserAccounts.class);
        when(withAdmin.existsWithRole(Role.ADMIN)).thenReturn(true);
        FirstAdmin again = new FirstAdmin(withAdmin, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                Clock.systemUTC(), "pertama@kriya.local", "", TransactionOperations.withoutTransaction());

        assertThat(again.ensureAdmin()).isFalse();

        verify(withAdmin, never()).saveAndFlush(any());
    }
}
