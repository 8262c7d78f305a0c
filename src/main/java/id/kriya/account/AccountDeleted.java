package id.kriya.account;

import org.springframework.modulith.NamedInterface;

/**
 * A person deleted their account (UU 27/2022, right to erasure). The account row is already anonymised; every
 * module holding personal data of this user id erases or anonymises it when it hears this.
 */
@NamedInterface("api")
public record AccountDeleted(long userId) {
}
