package id.kriya.artisan;

/** How a person belongs to a business: its owner, who answers for its legal data, or staff. */
public enum MemberRole {
    OWNER, STAFF
}
