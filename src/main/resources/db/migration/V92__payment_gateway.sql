-- The payment gateway (Midtrans-style). A payment Kriya expects through the gateway, keyed by its reference (the
-- gateway's order_id), with the furthest state its notifications have reached; and every notification whose
-- signature held, once per (transaction_id, transaction_status) however often the gateway sends it.
CREATE TABLE payment_gateway_payment (
    reference           VARCHAR(64)  PRIMARY KEY,
    business_id         BIGINT       NOT NULL,
    amount              BIGINT       NOT NULL CHECK (amount > 0),
    stage               INT          NOT NULL DEFAULT 0,
    transaction_status  VARCHAR(30),
    transaction_id      VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE payment_gateway_notification (
    id                  BIGSERIAL PRIMARY KEY,
    reference           VARCHAR(64)  NOT NULL,
    transaction_id      VARCHAR(100) NOT NULL,
    transaction_status  VARCHAR(30)  NOT NULL,
    fraud_status        VARCHAR(30),
    status_code         VARCHAR(10)  NOT NULL,
    gross_amount        VARCHAR(30)  NOT NULL,
    applied             BOOLEAN      NOT NULL,
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payment_gateway_notification_once UNIQUE (transaction_id, transaction_status)
);
CREATE INDEX payment_gateway_notification_reference ON payment_gateway_notification (reference);
