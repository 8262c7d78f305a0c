package id.kriya.account;

/**
 * A person deleted their account (UU 27/2022, right to erasure). The account row is already anonymised; every
 * module holding personal data of this user id erases or anonymises it when it hears this.
 */
public record AccountDeleted(long userId) {
}
