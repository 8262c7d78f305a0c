package id.kriya.payment;

/** A business's payment settings as its own page shows them; a part not set up is null. */
public record PaymentSetup(QrisMerchant qris, Bank bank, String accountNumber, String accountHolder,
                           ForeignTransfer abroad) {

    public static final PaymentSetup NONE = new PaymentSetup(null, null, null, null, null);

    public boolean hasBankAccount() {
        return bank != null;
    }
}
