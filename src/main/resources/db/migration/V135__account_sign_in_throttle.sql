-- Wrong passwords are counted per e-mail address typed (whether or not it has an account, so that the answer never
-- tells which addresses do) and per client address, in one table every instance shares. Keys are SHA-256 hashes of
-- "<scope>:<normalised value>": a mistyped address or a visitor's IP is never kept in clear.
CREATE TABLE account_sign_in_throttle (
    scope           VARCHAR(10) NOT NULL CHECK (scope IN ('EMAIL', 'CLIENT')),
    key_hash        VARCHAR(64) NOT NULL,
    failures        INT NOT NULL CHECK (failures >= 0),
    waits_until     TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, key_hash)
);
CREATE INDEX account_sign_in_throttle_last_failure ON account_sign_in_throttle (last_failure_at);

-- Counts kept on accounts until now carry over, so that an account locked at the upgrade stays locked.
INSERT INTO account_sign_in_throttle (scope, key_hash, failures, waits_until, last_failure_at)
SELECT 'EMAIL', encode(sha256(convert_to('EMAIL:' || lower(trim(email)), 'UTF8')), 'hex'), failed_sign_ins,
       locked_until, coalesce(locked_until, now())
FROM account_user
WHERE failed_sign_ins > 0 AND deleted_at IS NULL;

ALTER TABLE account_user DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;
