package id.kriya.artisan;

import java.util.Locale;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.KriyaUser;
import id.kriya.account.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signed-in people for web tests: fresh buyers, and officers appointed to a council by its region code. */
@Component
public class TestPeople {

    public static final String PASSWORD = "sangat-rahasia-123";

    private final AccountManagement accounts;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    TestPeople(AccountManagement accounts, UserDetailsService users, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.users = users;
        this.jdbc = jdbc;
    }

    public KriyaUser buyer() {
        String email = "orang-" + ArtisanMother.token() + "@contoh.id";
        accounts.register(new NewAccount(email, "Made Test", PASSWORD, Locale.ROOT));
        return reload(email);
    }

    /** An officer of the council with this code; the council module has no appointment API yet, so SQL. */
    public KriyaUser officerOf(String councilCode) {
        KriyaUser person = buyer();
        accounts.grant(person.id(), Role.OFFICER);
        jdbc.update("INSERT INTO council_officer (council_id, user_id, position) "
                + "SELECT id, ?, 'Petugas verifikasi' FROM council WHERE code = ?", person.id(), councilCode);
        return reload(person.email());
    }

    /** The principal again, as it would be after signing in anew (roles re-read). */
    public KriyaUser reload(KriyaUser user) {
        return reload(user.email());
    }

    private KriyaUser reload(String email) {
        return (KriyaUser) users.loadUserByUsername(email);
    }
}
