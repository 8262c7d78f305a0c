-- Carts of guests (by an unguessable token in a cookie) and of signed-in buyers (by user id). product_id belongs
-- to the catalog module: no foreign key across modules.
CREATE TABLE ordering_cart (
    id         BIGSERIAL PRIMARY KEY,
    token      VARCHAR(43) CONSTRAINT ordering_cart_token_unique UNIQUE,
    user_id    BIGINT      CONSTRAINT ordering_cart_user_unique UNIQUE,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((token IS NULL) <> (user_id IS NULL))
);
CREATE TABLE ordering_cart_line (
    cart_id    BIGINT NOT NULL REFERENCES ordering_cart (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL,
    quantity   INT    NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    PRIMARY KEY (cart_id, product_id)
);

-- One submitted checkout. Its id comes from the checkout form, so a second submission of the same form (a double
-- tap, a retry on a bad connection) collides here and finds the orders of the first.
CREATE TABLE ordering_checkout (
    id        UUID PRIMARY KEY,
    placed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One order per artisan business. What was bought, at what price, shipped how and where, is kept as it was when
-- the order was placed. Amounts in whole rupiah.
CREATE TABLE ordering_order (
    id                BIGSERIAL PRIMARY KEY,
    number            VARCHAR(20)  NOT NULL CONSTRAINT ordering_order_number_unique UNIQUE,
    checkout_id       UUID         NOT NULL REFERENCES ordering_checkout (id),
    business_id       BIGINT       NOT NULL,
    buyer_user_id     BIGINT,
    access_key_hash   VARCHAR(64)  NOT NULL CHECK (access_key_hash ~ '^[0-9a-f]{64}$'),
    buyer_name        VARCHAR(100) NOT NULL,
    buyer_email       VARCHAR(254) NOT NULL,
    buyer_phone       VARCHAR(20)  NOT NULL,
    buyer_locale      VARCHAR(5)   NOT NULL,
    country           VARCHAR(2)   NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    region_code       VARCHAR(13)  CHECK (region_code ~ '^[0-9]{2}(\.[0-9]{2})?$'),
    city              VARCHAR(80)  NOT NULL,
    district          VARCHAR(80),
    postal_code       VARCHAR(12)  NOT NULL,
    address_lines     VARCHAR(300) NOT NULL,
    delivery          VARCHAR(10)  NOT NULL CHECK (delivery IN ('COURIER', 'PICKUP')),
    courier           VARCHAR(20),
    zone              VARCHAR(20)  NOT NULL,
    chargeable_kg     INT          NOT NULL CHECK (chargeable_kg >= 1),
    export_papers     VARCHAR(20)  NOT NULL,
    items_total       BIGINT       NOT NULL CHECK (items_total > 0),
    shipping_cost     BIGINT       NOT NULL CHECK (shipping_cost >= 0),
    total             BIGINT       NOT NULL,
    status            VARCHAR(20)  NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED',
                                       'ARRIVED', 'COMPLETED', 'CANCELLED')),
    payment_method    VARCHAR(20)  CHECK (payment_method IN ('QRIS', 'BANK_TRANSFER', 'GATEWAY')),
    transfer_proof    UUID,
    tracking_number   VARCHAR(40),
    cancel_reason     VARCHAR(500),
    cancelled_by      VARCHAR(10)  CHECK (cancelled_by IN ('BUYER', 'ARTISAN', 'EXPIRY')),
    placed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at           TIMESTAMP WITH TIME ZONE,
    shipped_at        TIMESTAMP WITH TIME ZONE,
    arrived_at        TIMESTAMP WITH TIME ZONE,
    completes_at      TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT ordering_order_one_per_business UNIQUE (checkout_id, business_id),
    CHECK (total = items_total + shipping_cost),
    CHECK ((delivery = 'PICKUP') = (courier IS NULL)),
    CHECK ((country = 'ID') = (region_code IS NOT NULL)),
    CHECK ((status = 'CANCELLED') = (cancelled_by IS NOT NULL)),
    CHECK (status IN ('AWAITING_PAYMENT', 'CANCELLED') OR paid_at IS NOT NULL),
    CHECK (status <> 'ARRIVED' OR completes_at IS NOT NULL)
);
CREATE INDEX ordering_order_business ON ordering_order (business_id, status, placed_at DESC);
CREATE INDEX ordering_order_buyer ON ordering_order (buyer_user_id, placed_at DESC);
-- The scheduled work lives in the rows themselves: due expiries and completions are found by these.
CREATE INDEX ordering_order_expiry ON ordering_order (expires_at) WHERE status = 'AWAITING_PAYMENT';
CREATE INDEX ordering_order_completion ON ordering_order (completes_at) WHERE status = 'ARRIVED';

CREATE TABLE ordering_order_line (
    order_id     BIGINT       NOT NULL REFERENCES ordering_order (id) ON DELETE CASCADE,
    position     INT          NOT NULL CHECK (position >= 0),
    product_id   BIGINT       NOT NULL,
    product_slug VARCHAR(80)  NOT NULL,
    title        VARCHAR(120) NOT NULL,
    unit_price   BIGINT       NOT NULL CHECK (unit_price > 0),
    quantity     INT          NOT NULL CHECK (quantity BETWEEN 1 AND 99),
    PRIMARY KEY (order_id, position)
);

-- What happened to an order, for the timelines buyers and artisans read.
CREATE TABLE ordering_order_step (
    order_id BIGINT      NOT NULL REFERENCES ordering_order (id) ON DELETE CASCADE,
    position INT         NOT NULL CHECK (position >= 0),
    status   VARCHAR(20) NOT NULL,
    actor    VARCHAR(10) NOT NULL CHECK (actor IN ('BUYER', 'ARTISAN', 'SYSTEM', 'GATEWAY')),
    note     VARCHAR(500),
    at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, position)
);
