-- Every mail Kriya writes, newest read by admins at /admin/outbox. Without SMTP a mail stays STORED here; with
-- SMTP it is PENDING until sent, and failed attempts are counted and retried later, so no mail is lost.
CREATE TABLE mail_outbox (
    id              BIGSERIAL PRIMARY KEY,
    user_id         BIGINT,
    recipient       VARCHAR(254) NOT NULL,
    language        VARCHAR(5) NOT NULL,
    template        VARCHAR(60) NOT NULL,
    subject         VARCHAR(300) NOT NULL,
    body            TEXT NOT NULL,
    status          VARCHAR(10) NOT NULL CHECK (status IN ('STORED', 'PENDING', 'SENT')),
    attempts        INT NOT NULL DEFAULT 0,
    last_error      VARCHAR(500),
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT NOT NULL DEFAULT 0,
    CHECK ((status = 'PENDING') = (next_attempt_at IS NOT NULL))
);
CREATE INDEX mail_outbox_created ON mail_outbox (created_at DESC, id DESC);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_user ON mail_outbox (user_id);
