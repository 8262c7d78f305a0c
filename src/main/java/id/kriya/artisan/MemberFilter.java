package id.kriya.artisan;

/** What an officer narrows the member list by; any part may be null. {@code regionCode} must lie in their area. */
public record MemberFilter(String regionCode, Craft craft, BusinessStatus status, CertificationType certification,
                           String text) {
}
