package id.kriya.artisan;

/** Where a business stands with its council: waiting, a verified member, or sent back with a reason. */
public enum BusinessStatus {
    PENDING, VERIFIED, REJECTED
}
