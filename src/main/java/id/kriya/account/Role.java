package id.kriya.account;

import org.springframework.modulith.NamedInterface;

/** What a person may do in Kriya. One person may hold several (an officer who also buys). */
@NamedInterface("api")
public enum Role {
    ADMIN, OFFICER, CURATOR, ARTISAN, BUYER;

    public String authority() {
        return "ROLE_" + name();
    }
}
