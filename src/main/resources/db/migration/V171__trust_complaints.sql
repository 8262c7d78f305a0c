-- Complaints (komplain) on orders: one per order, opened by its buyer within two days of arrival, answered by the
-- artisan, mediated by an officer of the artisan's area when they do not agree. order_number, business_id,
-- region_code and the user ids belong to other modules: no foreign keys across modules. Amounts in whole rupiah.
CREATE TABLE trust_complaint (
    id                BIGSERIAL PRIMARY KEY,
    number            VARCHAR(20)  NOT NULL CONSTRAINT trust_complaint_number_unique UNIQUE,
    order_number      VARCHAR(20)  NOT NULL CONSTRAINT trust_complaint_one_per_order UNIQUE,
    business_id       BIGINT       NOT NULL,
    region_code       VARCHAR(13)  NOT NULL,
    buyer_user_id     BIGINT       NOT NULL,
    order_total       BIGINT       NOT NULL CHECK (order_total > 0),
    reason            VARCHAR(20)  NOT NULL CHECK (reason IN ('NOT_AS_PICTURED', 'DAMAGED', 'WRONG_ITEM', 'NOT_ARRIVED')),
    asked             VARCHAR(20)  NOT NULL CHECK (asked IN ('FULL_REFUND', 'PARTIAL_REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT')),
    asked_refund      BIGINT       NOT NULL CHECK (asked_refund >= 0),
    status            VARCHAR(25)  NOT NULL CHECK (status IN ('AWAITING_ARTISAN', 'AWAITING_BUYER', 'MEDIATION',
                                       'AWAITING_RETURN', 'RETURN_SHIPPED', 'AWAITING_REFUND', 'AWAITING_REPLACEMENT',
                                       'REPLACEMENT_SHIPPED', 'CLOSED')),
    -- The deadline of the step it waits for: enforced by the scheduled work, or, in mediation, the officer's target.
    due_at            TIMESTAMP WITH TIME ZONE,
    offered           VARCHAR(20)  CHECK (offered IN ('FULL_REFUND', 'PARTIAL_REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT')),
    offered_refund    BIGINT       CHECK (offered_refund >= 0),
    remedy            VARCHAR(20)  CHECK (remedy IN ('FULL_REFUND', 'PARTIAL_REFUND', 'RETURN_AND_REFUND', 'REPLACEMENT', 'NONE')),
    refund            BIGINT       CHECK (refund >= 0),
    decided_by        VARCHAR(10)  CHECK (decided_by IN ('ARTISAN', 'BUYER', 'COUNCIL')),
    against_shop      BOOLEAN      NOT NULL DEFAULT FALSE,
    mediator_user_id  BIGINT,
    return_courier    VARCHAR(20),
    return_tracking   VARCHAR(40),
    replacement_courier  VARCHAR(20),
    replacement_tracking VARCHAR(40),
    opened_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    escalated_at      TIMESTAMP WITH TIME ZONE,
    decided_at        TIMESTAMP WITH TIME ZONE,
    overdue_since     TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    outcome           VARCHAR(20)  CHECK (outcome IN ('WITHDRAWN', 'REJECTED', 'REFUNDED', 'PARTLY_REFUNDED', 'REPLACED', 'LAPSED')),
    version           BIGINT       NOT NULL DEFAULT 0,
    CHECK (asked_refund <= order_total AND (offered_refund IS NULL OR offered_refund <= order_total)
        AND (refund IS NULL OR refund <= order_total)),
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND outcome IS NOT NULL)),
    CHECK ((status = 'AWAITING_BUYER') = (offered IS NOT NULL)),
    CHECK ((remedy IS NULL) = (decided_by IS NULL)),
    CHECK (NOT against_shop OR (decided_by = 'COUNCIL' AND remedy <> 'NONE')),
    CHECK (status IN ('MEDIATION', 'CLOSED') OR escalated_at IS NULL OR remedy IS NOT NULL)
);
-- The artisan's and the officers' lists, and the scheduled work's due complaints.
CREATE INDEX trust_complaint_business ON trust_complaint (business_id, opened_at DESC);
CREATE INDEX trust_complaint_buyer ON trust_complaint (buyer_user_id, opened_at DESC);
CREATE INDEX trust_complaint_region ON trust_complaint (region_code, status, due_at);
CREATE INDEX trust_complaint_due ON trust_complaint (due_at)
    WHERE status IN ('AWAITING_ARTISAN', 'AWAITING_BUYER', 'AWAITING_RETURN', 'RETURN_SHIPPED', 'AWAITING_REFUND',
                     'AWAITING_REPLACEMENT', 'REPLACEMENT_SHIPPED');

-- The thread: every step and message, oldest first, read by buyer, artisan and officers alike.
CREATE TABLE trust_complaint_entry (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES trust_complaint (id) ON DELETE CASCADE,
    position     INT          NOT NULL CHECK (position >= 0),
    kind         VARCHAR(25)  NOT NULL,
    party        VARCHAR(10)  NOT NULL CHECK (party IN ('BUYER', 'ARTISAN', 'OFFICER', 'SYSTEM')),
    user_id      BIGINT,
    text         VARCHAR(2000),
    remedy       VARCHAR(20),
    amount       BIGINT       CHECK (amount >= 0),
    detail       VARCHAR(80),
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT trust_complaint_entry_position UNIQUE (complaint_id, position),
    CHECK ((party = 'SYSTEM') = (user_id IS NULL))
);

-- Photos with an entry (evidence, a refund's proof): the media module's private photos, shown only to the buyer,
-- the artisan's people and the officers of the artisan's area.
CREATE TABLE trust_complaint_entry_photo (
    entry_id BIGINT NOT NULL REFERENCES trust_complaint_entry (id) ON DELETE CASCADE,
    position INT    NOT NULL CHECK (position BETWEEN 0 AND 4),
    photo_id UUID   NOT NULL,
    PRIMARY KEY (entry_id, position)
);
CREATE INDEX trust_complaint_entry_photo_id ON trust_complaint_entry_photo (photo_id);
