package id.kriya.notification.web;

import static id.kriya.account.TestAccounts.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import id.kriya.KriyaWebTest;
import id.kriya.account.KriyaUser;
import id.kriya.account.TestAccounts;
import id.kriya.notification.OutboxMailView;
import id.kriya.notification.TestOutbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@KriyaWebTest
class OutboxTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestAccounts accounts;
    TestOutbox outbox;
    KriyaUser admin;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(context);
        outbox = new TestOutbox(context);
        admin = accounts.principal(accounts.admin(uniqueEmail()));
    }

    @Test
    void adminsReadTheNewestMailFirstAndItsFullText() throws Exception {
        String earlier = uniqueEmail();
        accounts.buyer(earlier, "Made Ukir");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", earlier));
        OutboxMailView older = outbox.awaitMailTo(earlier);
        String email = uniqueEmail();
        accounts.buyer(email, "Putu Tenun");
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
        OutboxMailView mail = outbox.awaitMailTo(email);

        String list = mvc.perform(get("/admin/outbox").with(user(admin)))
                .andExpect(view().name(OutboxController.LIST_VIEW))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Tersimpan (tanpa SMTP)")))
                .andExpect(content().string(not(containsString("Belum ada e-mail."))))
                .andReturn().getResponse().getContentAsString();
        // Other tests' mails may arrive at any moment in the shared outbox; these two say which comes first.
        org.assertj.core.api.Assertions.assertThat(list.indexOf("/admin/outbox/" + mail.id() + "\""))
                .as("the newer mail comes first").isPositive()
                .isLessThan(list.indexOf("/admin/outbox/" + older.id() + "\""));

        mvc.perform(get("/admin/outbox/{id}", mail.id()).with(user(admin)))
                .andExpect(view().name(OutboxController.MAIL_VIEW))
                .andExpect(content().string(containsString("Kata sandi baru untuk akun Kriya Anda")))
                .andExpect(content().string(containsString("Halo Putu Tenun")))
                .andExpect(content().string(containsString("/password/reset?token=")));
    }

    /** MockMvc does not forward to the error page; that the 404 page renders is the platform's concern. */
    @Test
    void answersNotFoundForAMailThatDoesNotExist() throws Exception {
        mvc.perform(get("/admin/outbox/{id}", Long.MAX_VALUE).with(user(admin)))
                .andExpect(status().isNotFound());
    }
}
