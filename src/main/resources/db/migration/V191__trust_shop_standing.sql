-- Each shop's standing over the last 90 days, recomputed when its orders, reviews or complaints change and once a
-- day as the window slides (recompute_at, taken with FOR UPDATE SKIP LOCKED so one instance does each).
CREATE TABLE trust_shop_standing (
    business_id        BIGINT PRIMARY KEY,
    orders_to_answer   INT          NOT NULL DEFAULT 0 CHECK (orders_to_answer >= 0),
    answered_in_time   INT          NOT NULL DEFAULT 0 CHECK (answered_in_time BETWEEN 0 AND orders_to_answer),
    orders_to_ship     INT          NOT NULL DEFAULT 0 CHECK (orders_to_ship >= 0),
    shipped_on_time    INT          NOT NULL DEFAULT 0 CHECK (shipped_on_time BETWEEN 0 AND orders_to_ship),
    delivered_orders   INT          NOT NULL DEFAULT 0 CHECK (delivered_orders >= 0),
    completed_orders   INT          NOT NULL DEFAULT 0 CHECK (completed_orders >= 0),
    review_count       INT          NOT NULL DEFAULT 0 CHECK (review_count >= 0),
    average_review     NUMERIC(3, 2) CHECK (average_review BETWEEN 1 AND 5),
    complaints         INT          NOT NULL DEFAULT 0 CHECK (complaints >= 0),
    complaints_against INT          NOT NULL DEFAULT 0 CHECK (complaints_against BETWEEN 0 AND complaints),
    trusted            BOOLEAN      NOT NULL DEFAULT FALSE,
    trusted_since      TIMESTAMP WITH TIME ZONE,
    computed_at        TIMESTAMP WITH TIME ZONE,
    recompute_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((review_count = 0) = (average_review IS NULL)),
    CHECK (trusted = (trusted_since IS NOT NULL))
);
CREATE INDEX trust_shop_standing_due ON trust_shop_standing (recompute_at);
