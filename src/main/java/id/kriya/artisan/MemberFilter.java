package id.kriya.artisan;

import id.kriya.artisan.certification.CertificationType;

/**
 * What an officer narrows the member list by; any part may be null. {@code regionCode} must lie in their area.
 * {@code withoutNib} keeps only businesses that registered without an NIB yet (to help them get one from OSS).
 */
public record MemberFilter(String regionCode, Craft craft, BusinessStatus status, CertificationType certification,
                           String text, boolean withoutNib) {

    public MemberFilter(String regionCode, Craft craft, BusinessStatus status, CertificationType certification,
                        String text) {
        this(regionCode, craft, status, certification, text, false);
    }
}
