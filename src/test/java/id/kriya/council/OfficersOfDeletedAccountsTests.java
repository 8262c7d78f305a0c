package id.kriya.council;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Locale;

import id.kriya.KriyaWebTest;
import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.council.CouncilManagement.Appointment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@KriyaWebTest
class OfficersOfDeletedAccountsTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    CouncilManagement councils;

    @Test
    void officerWhoDeletesTheirAccountLeavesTheCouncil() {
        String email = "petugas-" + System.nanoTime() + "@contoh.id";
        long userId = accounts.register(new NewAccount(email, "I Made Petugas", "sangat-rahasia-123", Locale.ROOT)).id();
        councils.appoint(new Appointment(email, "I Made Petugas", councils.find("51.08").orElseThrow().id(), "Staf", Locale.ROOT));

        accounts.delete(userId, "sangat-rahasia-123");

        await().atMost(Duration.ofSeconds(10)).until(() -> councils.jurisdictionOf(userId).isEmpty());
    }
}
