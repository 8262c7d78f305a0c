package id.kriya.account;

/** What a person may do in Kriya. One person may hold several (an officer who also buys). */
public enum Role {
    ADMIN, OFFICER, CURATOR, ARTISAN, BUYER;

    public String authority() {
        return "ROLE_" + name();
    }
}
