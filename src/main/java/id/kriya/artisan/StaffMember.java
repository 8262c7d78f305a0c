package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/** A person invited to, or working for, a business, as its owner sees them. */
@NamedInterface("api")
public record StaffMember(long membershipId, long userId, String email, String name, boolean accepted) {
}
