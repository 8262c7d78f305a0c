package id.kriya.artisan;

/** How the signed-in person belongs to a business, with the business itself. */
public record Membership(long membershipId, MemberRole role, ArtisanProfile business) {

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }
}
