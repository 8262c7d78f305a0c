package id.kriya.council;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.KriyaUser;
import id.kriya.council.CouncilManagement.Appointment;
import id.kriya.council.CouncilManagement.NewArea;
import id.kriya.council.CouncilManagement.NewProvince;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Test data for the council module: people who can sign in, officers, and provinces. The test database is shared by
 * every test in a run, so each call makes something new (a fresh e-mail address; province codes are the caller's,
 * and council tests use codes no real province has, to stay clear of other modules' tests).
 */
public final class CouncilMother {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final CouncilManagement councils;
    private final AccountManagement accounts;
    private final UserDetailsService users;

    public CouncilMother(CouncilManagement councils, AccountManagement accounts, UserDetailsService users) {
        this.councils = councils;
        this.accounts = accounts;
        this.users = users;
    }

    public static String uniqueEmail() {
        return "p" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
    }

    /** A buyer with a password, as after sign-up. */
    public long person(String displayName) {
        return accounts.register(new NewAccount(uniqueEmail(), displayName, "sangat-rahasia-123", INDONESIAN)).id();
    }

    /** An officer of the council with this code, who has a password and so can sign in. */
    public OfficerView officerOf(String councilCode, String position) {
        long userId = person("Petugas " + councilCode);
        String email = accounts.find(userId).orElseThrow().email();
        long councilId = councils.find(councilCode).orElseThrow().id();
        return councils.appoint(new Appointment(email, "Petugas " + councilCode, councilId, position, INDONESIAN));
    }

    /** The person as Spring Security holds them after signing in, with the roles they have now. */
    public KriyaUser signedIn(long userId) {
        return (KriyaUser) users.loadUserByUsername(accounts.find(userId).orElseThrow().email());
    }

    /** A province with one regency ({@code <code>.01}) and one city ({@code <code>.71}). */
    public CouncilView province(String code) {
        return councils.addProvince(new NewProvince(code, "Dekranasda Provinsi Uji " + code, "Uji " + code, List.of(
                new NewArea(code + ".01", "Dekranasda Kabupaten Uji", "Uji", CouncilKind.REGENCY),
                new NewArea(code + ".71", "Dekranasda Kota Uji", "Kota Uji", CouncilKind.CITY))));
    }
}
