package id.kriya.artisan;

/** An open invitation for the signed-in person to join a business as staff. */
public record Invitation(long membershipId, String businessName) {
}
