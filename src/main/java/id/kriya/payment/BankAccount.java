package id.kriya.payment;

/** The account a business takes transfers into: the bank's name as buyers know it, the number, the holder. */
public record BankAccount(String bank, String number, String holder) {
}
