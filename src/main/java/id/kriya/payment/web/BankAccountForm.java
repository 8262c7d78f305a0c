package id.kriya.payment.web;

import id.kriya.payment.Bank;
import id.kriya.payment.ForeignTransfer;
import id.kriya.payment.PaymentSetup;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/** The bank account a business takes transfers into. Spaces, dots and dashes people type into numbers are dropped. */
class BankAccountForm {

    @NotNull
    private Bank bank;

    @NotBlank
    private String number;

    @NotBlank
    @Size(max = 100)
    private String holder;

    /** For transfers from abroad: the bank's SWIFT/BIC code, its address and the holder's address (all optional). */
    @Size(max = 20)
    private String swift;

    @Size(max = ForeignTransfer.MAX_ADDRESS)
    private String bankAddress;

    @Size(max = ForeignTransfer.MAX_ADDRESS)
    private String holderAddress;

    static BankAccountForm of(PaymentSetup setup) {
        BankAccountForm form = new BankAccountForm();
        form.bank = setup.bank();
        form.number = setup.accountNumber();
        form.holder = setup.accountHolder();
        if (setup.abroad() != null) {
            form.swift = setup.abroad().swift();
            form.bankAddress = setup.abroad().bankAddress();
            form.holderAddress = setup.abroad().holderAddress();
        }
        return form;
    }

    void check(Errors errors) {
        if (!errors.hasFieldErrors("number") && !digits().matches("\\d{5,20}")) {
            errors.rejectValue("number", "payment.bank.number.format");
        }
        String code = ForeignTransfer.normalised(swift);
        if (code == null || code.isEmpty()) {
            if (!isBlank(bankAddress) || !isBlank(holderAddress)) {
                errors.rejectValue("swift", "payment.bank.swift.needed");
            }
        } else if (!errors.hasFieldErrors("swift")) {
            ForeignTransfer.swiftProblem(code).ifPresent(problem -> errors.rejectValue("swift", problem));
        }
    }

    /** What a bank abroad needs, when a SWIFT/BIC code was given; call after {@link #check(Errors)} found nothing. */
    ForeignTransfer abroad() {
        String code = ForeignTransfer.normalised(swift);
        return code == null || code.isEmpty() ? null : new ForeignTransfer(code, bankAddress, holderAddress);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    String digits() {
        return number == null ? "" : number.replaceAll("[\\s.\\-]", "");
    }

    public Bank getBank() { return bank; }
    public void setBank(Bank bank) { this.bank = bank; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHolder() { return holder; }
    public String getSwift() { return swift; }
    public void setSwift(String swift) { this.swift = swift; }
    public String getBankAddress() { return bankAddress; }
    public void setBankAddress(String bankAddress) { this.bankAddress = bankAddress; }
    public String getHolderAddress() { return holderAddress; }
    public void setHolderAddress(String holderAddress) { this.holderAddress = holderAddress; }
    public void setHolder(String holder) { this.holder = holder; }
}
