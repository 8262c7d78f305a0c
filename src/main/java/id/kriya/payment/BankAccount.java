package id.kriya.payment;

/**
 * The account a business takes transfers into: the bank's name as buyers know it, the number, the holder, and what a
 * bank abroad needs to send to it ({@code abroad}, null when the business has not given it).
 */
public record BankAccount(String bank, String number, String holder, ForeignTransfer abroad) {

    public BankAccount(String bank, String number, String holder) {
        this(bank, number, holder, null);
    }
}
