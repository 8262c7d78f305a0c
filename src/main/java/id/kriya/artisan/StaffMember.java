package id.kriya.artisan;

/** A person invited to, or working for, a business, as its owner sees them. */
public record StaffMember(long membershipId, long userId, String email, String name, boolean accepted) {
}
