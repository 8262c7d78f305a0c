package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/** How the signed-in person belongs to a business, with the business itself. */
@NamedInterface("api")
public record Membership(long membershipId, MemberRole role, ArtisanProfile business) {

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }
}
