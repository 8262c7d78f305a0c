CREATE TABLE account_user (
    id                  BIGSERIAL PRIMARY KEY,
    email               VARCHAR(254) NOT NULL,
    password_hash       VARCHAR(200),
    display_name        VARCHAR(100) NOT NULL,
    locale              VARCHAR(5) NOT NULL DEFAULT 'id',
    privacy_version     VARCHAR(20),
    consented_at        TIMESTAMP WITH TIME ZONE,
    failed_sign_ins     INT NOT NULL DEFAULT 0,
    locked_until        TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    deleted_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX account_user_email ON account_user (lower(email));

CREATE TABLE account_user_role (
    user_id BIGINT NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'OFFICER', 'CURATOR', 'ARTISAN', 'BUYER')),
    PRIMARY KEY (user_id, role)
);

-- One-time links sent by e-mail (password reset, first password of an invited person). Only a hash is kept.
CREATE TABLE account_token (
    id         BIGSERIAL PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
    purpose    VARCHAR(20) NOT NULL CHECK (purpose IN ('RESET_PASSWORD', 'SET_PASSWORD')),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX account_token_user ON account_token (user_id);
