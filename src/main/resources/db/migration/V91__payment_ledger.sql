-- The payment ledger: one row per event (a payment confirmed by the artisan, a gateway settlement, a refund due or
-- made), amounts in whole rupiah. Rows are only ever added: the same event (reference, kind) is recorded once, and
-- the database refuses to change or remove a row.
CREATE TABLE payment_ledger (
    id             BIGSERIAL PRIMARY KEY,
    reference      VARCHAR(64)  NOT NULL CHECK (length(reference) > 0),
    business_id    BIGINT       NOT NULL,
    kind           VARCHAR(20)  NOT NULL CHECK (kind IN ('PAYMENT_CONFIRMED', 'GATEWAY_SETTLED', 'REFUND_DUE', 'REFUNDED')),
    method         VARCHAR(20)  NOT NULL CHECK (method IN ('QRIS', 'BANK_TRANSFER', 'GATEWAY', 'CASH')),
    amount         BIGINT       NOT NULL CHECK (amount >= 0),
    actor_user_id  BIGINT,
    note           VARCHAR(500),
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_ledger_once UNIQUE (reference, kind)
);
CREATE INDEX payment_ledger_business ON payment_ledger (business_id, at DESC, id DESC);

CREATE FUNCTION payment_ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'payment_ledger is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER payment_ledger_append_only
    BEFORE UPDATE OR DELETE ON payment_ledger
    FOR EACH ROW EXECUTE FUNCTION payment_ledger_append_only();
