-- Sales at an exhibitor's booth, and visitors counted per day of a stage. A sale belongs to an exhibitor: its stage
-- and its business (checked against the roster when the sale is recorded). It references the stage but not the
-- roster row, so that a business withdrawn from the roster keeps the sales it made, while a stage with sales cannot
-- be deleted. business_id and product_id belong to the artisan and catalog modules (no foreign keys across modules);
-- a free-text item (a culinary stall's dish) has no product. The item keeps the product's title as sold. Amounts are
-- whole rupiah; the total is always price times quantity. A QRIS sale waits for payment until the exhibitor sees the
-- money arrive; a cash sale and a sale copied from the paper book are paid when recorded. The phone's form carries a
-- token: a second tap on "record" finds the sale the first one wrote.
CREATE TABLE exhibition_booth_sale (
    id              BIGSERIAL    PRIMARY KEY,
    receipt_number  VARCHAR(20)  NOT NULL UNIQUE,
    request_token   UUID         UNIQUE,
    stage_id        BIGINT       NOT NULL REFERENCES exhibition_stage (id),
    business_id     BIGINT       NOT NULL,
    product_id      BIGINT,
    item            VARCHAR(120) NOT NULL CHECK (length(trim(item)) > 0),
    quantity        INT          NOT NULL CHECK (quantity BETWEEN 1 AND 999),
    unit_price      BIGINT       NOT NULL CHECK (unit_price > 0),
    total           BIGINT       NOT NULL,
    method          VARCHAR(10)  NOT NULL CHECK (method IN ('QRIS', 'CASH')),
    status          VARCHAR(20)  NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'CANCELLED')),
    sale_day        DATE         NOT NULL,
    from_book       BOOLEAN      NOT NULL,
    recorded_by     BIGINT       NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_by      BIGINT,
    settled_at      TIMESTAMP WITH TIME ZONE,
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT exhibition_booth_sale_total CHECK (total = unit_price * quantity),
    CONSTRAINT exhibition_booth_sale_cash_paid CHECK (method = 'QRIS' OR status = 'PAID'),
    CONSTRAINT exhibition_booth_sale_settled CHECK ((status = 'AWAITING_PAYMENT') = (settled_at IS NULL))
);

CREATE INDEX exhibition_booth_sale_desk ON exhibition_booth_sale (stage_id, business_id, sale_day, id);

-- Visitors counted by officers, one count per day of a stage (the application keeps the day within the stage).
CREATE TABLE exhibition_visitor_count (
    stage_id     BIGINT  NOT NULL REFERENCES exhibition_stage (id) ON DELETE CASCADE,
    day          DATE    NOT NULL,
    visitors     INT     NOT NULL CHECK (visitors >= 0),
    recorded_by  BIGINT  NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (stage_id, day)
);
