-- When the artisan says the money of a cancelled, paid order went back to the buyer.
ALTER TABLE ordering_order ADD COLUMN refunded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ordering_order ADD CONSTRAINT ordering_order_refund_of_paid_cancelled
    CHECK (refunded_at IS NULL OR (status = 'CANCELLED' AND paid_at IS NOT NULL));
