-- A card payment through Midtrans Snap: the transaction Kriya created for the reference (its token and the gateway's
-- payment page), kept so a second click sends the buyer to the same page instead of asking for a second charge.
ALTER TABLE payment_gateway_payment ADD COLUMN snap_token VARCHAR(200);
ALTER TABLE payment_gateway_payment ADD COLUMN redirect_url VARCHAR(500);
ALTER TABLE payment_gateway_payment ADD COLUMN snap_created_at TIMESTAMP WITH TIME ZONE;
