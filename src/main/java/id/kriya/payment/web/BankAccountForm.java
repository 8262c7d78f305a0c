package id.kriya.payment.web;

import id.kriya.payment.Bank;
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

    static BankAccountForm of(PaymentSetup setup) {
        BankAccountForm form = new BankAccountForm();
        form.bank = setup.bank();
        form.number = setup.accountNumber();
        form.holder = setup.accountHolder();
        return form;
    }

    void check(Errors errors) {
        if (!errors.hasFieldErrors("number") && !digits().matches("\\d{5,20}")) {
            errors.rejectValue("number", "payment.bank.number.format");
        }
    }

    String digits() {
        return number == null ? "" : number.replaceAll("[\\s.\\-]", "");
    }

    public Bank getBank() { return bank; }
    public void setBank(Bank bank) { this.bank = bank; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getHolder() { return holder; }
    public void setHolder(String holder) { this.holder = holder; }
}
