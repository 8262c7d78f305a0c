-- What a bank abroad needs to send a transfer to an artisan's Indonesian account: the bank's SWIFT/BIC code and
-- address, and the account holder's (beneficiary's) address. All optional, and only beside a bank account.
ALTER TABLE payment_settings ADD COLUMN bank_swift VARCHAR(11)
    CHECK (bank_swift ~ '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$');
ALTER TABLE payment_settings ADD COLUMN bank_address VARCHAR(300);
ALTER TABLE payment_settings ADD COLUMN bank_account_holder_address VARCHAR(300);
ALTER TABLE payment_settings ADD CONSTRAINT payment_settings_abroad_with_bank
    CHECK (bank IS NOT NULL OR (bank_swift IS NULL AND bank_address IS NULL AND bank_account_holder_address IS NULL));
