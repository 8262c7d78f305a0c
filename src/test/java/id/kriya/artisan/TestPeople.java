package id.kriya.artisan;

import java.util.Locale;

import id.kriya.account.AccountManagement;
import id.kriya.account.AccountManagement.NewAccount;
import id.kriya.account.KriyaUser;
import id.kriya.council.CouncilManagement;
import id.kriya.council.CouncilManagement.Appointment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Signed-in people for web tests: fresh buyers, and officers appointed to a council by its region code. */
@Component
public class TestPeople {

    public static final String PASSWORD = "sangat-rahasia-123";

    private final AccountManagement accounts;
    private final UserDetailsService users;
    private final CouncilManagement councils;
    private final ArtisanManagement artisans;
    private final ArtisanVerification verification;

    TestPeople(AccountManagement accounts, UserDetailsService users, CouncilManagement councils,
               ArtisanManagement artisans, ArtisanVerification verification) {
        this.accounts = accounts;
        this.users = users;
        this.councils = councils;
        this.artisans = artisans;
        this.verification = verification;
    }

    /** The version of the business an officer's review form carries, as the detail page would show it. */
    public String versionOf(long businessId) {
        return String.valueOf(artisans.find(businessId).orElseThrow().version());
    }

    /** Registers the owner's business and has an officer of its regency verify it; the owner must sign in again. */
    public long verifiedBusiness(KriyaUser owner, ArtisanMother business) {
        BusinessDetails details = business.details();
        long id = artisans.register(owner.id(), details);
        verification.verify(officerOf(details.regionCode()).id(), id, artisans.find(id).orElseThrow().version());
        return id;
    }

    public KriyaUser buyer() {
        String email = "orang-" + ArtisanMother.token() + "@contoh.id";
        accounts.register(new NewAccount(email, "Made Test", PASSWORD, Locale.ROOT));
        return reload(email);
    }

    /** An officer of the council with this code, appointed as an admin would. */
    public KriyaUser officerOf(String councilCode) {
        KriyaUser person = buyer();
        long councilId = councils.find(councilCode).orElseThrow().id();
        councils.appoint(new Appointment(person.email(), person.displayName(), councilId, "Petugas verifikasi", Locale.ROOT));
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
