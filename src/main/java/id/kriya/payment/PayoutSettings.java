package id.kriya.payment;

import java.time.Instant;
import java.util.Optional;

import id.kriya.payment.qris.QrisPayload;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How one business is paid: the static QRIS of its sticker, kept only as a payload that passed every check, and a
 * bank account for transfers. Each part is set or cleared whole.
 */
@Entity
@Table(name = "payment_settings")
class PayoutSettings {

    @Id
    private Long businessId;
    private String qrisPayload;
    private String qrisMerchantName;
    private String qrisCity;
    private String qrisNationalId;
    @Enumerated(EnumType.STRING)
    private Bank bank;
    private String bankAccountNumber;
    private String bankAccountHolder;
    private String bankSwift;
    private String bankAddress;
    private String bankAccountHolderAddress;
    private Instant updatedAt;
    private Long updatedBy;
    @Version
    private Long version;

    protected PayoutSettings() {
    }

    PayoutSettings(long businessId) {
        this.businessId = businessId;
    }

    /** Takes this static QRIS as the business's sticker; a dynamic one (for a single amount) is refused. */
    void useQris(QrisPayload payload, long userId, Instant now) {
        if (payload.isDynamic()) {
            throw new IllegalArgumentException("Only a static QRIS is a sticker");
        }
        this.qrisPayload = payload.text();
        this.qrisMerchantName = payload.merchantName();
        this.qrisCity = payload.merchantCity();
        this.qrisNationalId = payload.nationalMerchantId().orElse(null);
        touched(userId, now);
    }

    void removeQris(long userId, Instant now) {
        this.qrisPayload = null;
        this.qrisMerchantName = null;
        this.qrisCity = null;
        this.qrisNationalId = null;
        touched(userId, now);
    }

    /** Takes this account for transfers, with what a bank abroad needs to send to it ({@code abroad} may be null). */
    void useBankAccount(Bank bank, String number, String holder, ForeignTransfer abroad, long userId, Instant now) {
        if (bank == null || number == null || !number.matches("\\d{5,20}") || holder == null || holder.isBlank()) {
            throw new IllegalArgumentException("A bank, 5 to 20 digits and a holder");
        }
        this.bank = bank;
        this.bankAccountNumber = number;
        this.bankAccountHolder = holder.strip();
        this.bankSwift = abroad == null ? null : abroad.swift();
        this.bankAddress = abroad == null ? null : abroad.bankAddress();
        this.bankAccountHolderAddress = abroad == null ? null : abroad.holderAddress();
        touched(userId, now);
    }

    void removeBankAccount(long userId, Instant now) {
        this.bank = null;
        this.bankAccountNumber = null;
        this.bankAccountHolder = null;
        this.bankSwift = null;
        this.bankAddress = null;
        this.bankAccountHolderAddress = null;
        touched(userId, now);
    }

    private void touched(long userId, Instant now) {
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    Optional<QrisPayload> qris() {
        return Optional.ofNullable(qrisPayload).map(QrisPayload::parse);
    }

    Optional<QrisMerchant> qrisMerchant() {
        return qrisPayload == null ? Optional.empty()
                : Optional.of(new QrisMerchant(qrisMerchantName, qrisCity, qrisNationalId));
    }

    Optional<BankAccount> bankAccount() {
        return bank == null ? Optional.empty()
                : Optional.of(new BankAccount(bank.label(), bankAccountNumber, bankAccountHolder, abroad()));
    }

    /** What a bank abroad needs, when the business gave its bank's SWIFT/BIC code. */
    ForeignTransfer abroad() {
        return bankSwift == null ? null : new ForeignTransfer(bankSwift, bankAddress, bankAccountHolderAddress);
    }

    Bank bank() {
        return bank;
    }

    String bankAccountNumber() {
        return bankAccountNumber;
    }

    String bankAccountHolder() {
        return bankAccountHolder;
    }
}
