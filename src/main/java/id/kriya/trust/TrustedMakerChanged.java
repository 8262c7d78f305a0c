package id.kriya.trust;

/** A shop earned the Perajin Tepercaya / Trusted maker badge ({@code trusted}) or lost it. */
public record TrustedMakerChanged(long businessId, boolean trusted) {
}
