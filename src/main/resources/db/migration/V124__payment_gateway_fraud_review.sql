-- A card capture held for review (capture/challenge) and then accepted (capture/accept) are two notifications with
-- one transaction id and one status: the fraud status tells them apart, so it is part of what makes one unique.
UPDATE payment_gateway_notification SET fraud_status = '' WHERE fraud_status IS NULL;
ALTER TABLE payment_gateway_notification ALTER COLUMN fraud_status SET DEFAULT '';
ALTER TABLE payment_gateway_notification ALTER COLUMN fraud_status SET NOT NULL;
ALTER TABLE payment_gateway_notification DROP CONSTRAINT payment_gateway_notification_once;
ALTER TABLE payment_gateway_notification ADD CONSTRAINT payment_gateway_notification_once
    UNIQUE (transaction_id, transaction_status, fraud_status);
