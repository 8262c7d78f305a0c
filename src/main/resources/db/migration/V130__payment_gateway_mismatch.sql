-- A signed gateway notification whose gross amount is not what Kriya expects for its reference changes nothing: it
-- is kept here, once per (transaction, status, amount), for an admin to look into. The payment stays where it was, so
-- the genuine notification that follows still settles it.
CREATE TABLE payment_gateway_mismatch (
    id                  BIGSERIAL PRIMARY KEY,
    reference           VARCHAR(64)  NOT NULL,
    business_id         BIGINT       NOT NULL,
    expected_amount     BIGINT       NOT NULL,
    gross_amount        VARCHAR(30)  NOT NULL,
    transaction_id      VARCHAR(100) NOT NULL,
    transaction_status  VARCHAR(30)  NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_gateway_mismatch_once UNIQUE (transaction_id, transaction_status, gross_amount)
);
CREATE INDEX payment_gateway_mismatch_received ON payment_gateway_mismatch (received_at DESC, id DESC);
