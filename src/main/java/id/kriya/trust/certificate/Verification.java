package id.kriya.trust.certificate;

import java.time.Duration;

/**
 * The answer to a code asked of /verify: the certificate, or none (no certificate has that code), or a wait the
 * client must sit out before it may look any code up, after too many codes that matched nothing.
 */
public record Verification(PublicCertificate certificate, Duration waitFor) {

    static Verification found(PublicCertificate certificate) {
        return new Verification(certificate, null);
    }

    static Verification unknown() {
        return new Verification(null, null);
    }

    static Verification mustWait(Duration wait) {
        return new Verification(null, wait);
    }

    public boolean isFound() {
        return certificate != null;
    }

    public boolean mustWait() {
        return waitFor != null;
    }
}
