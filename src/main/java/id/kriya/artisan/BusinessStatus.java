package id.kriya.artisan;

import org.springframework.modulith.NamedInterface;

/** Where a business stands with its council: waiting, a verified member, or sent back with a reason. */
@NamedInterface("api")
public enum BusinessStatus {
    PENDING, VERIFIED, REJECTED
}
