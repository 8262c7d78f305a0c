-- How a business is paid: the static QRIS of its sticker (as checked text, with what it says about the merchant) and
-- a bank account for transfers. One row per business (the artisan module's id, without a foreign key across
-- modules); either part may be missing, but never half of one.
CREATE TABLE payment_settings (
    business_id          BIGINT PRIMARY KEY,
    qris_payload         VARCHAR(512),
    qris_merchant_name   VARCHAR(99),
    qris_city            VARCHAR(99),
    qris_national_id     VARCHAR(99),
    bank                 VARCHAR(30),
    bank_account_number  VARCHAR(20) CHECK (bank_account_number ~ '^[0-9]{5,20}$'),
    bank_account_holder  VARCHAR(100),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by           BIGINT       NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT payment_settings_qris_whole
        CHECK ((qris_payload IS NULL) = (qris_merchant_name IS NULL) AND (qris_payload IS NULL) = (qris_city IS NULL)),
    CONSTRAINT payment_settings_bank_whole
        CHECK ((bank IS NULL) = (bank_account_number IS NULL) AND (bank IS NULL) = (bank_account_holder IS NULL))
);
