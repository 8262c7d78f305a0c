-- A sign-up from the web opens the account only once the link mailed to the address is opened; until then the
-- password does not sign in (so that nobody learns from a sign-up or a sign-in whether an address has an account).
-- Accounts that exist already are confirmed.
ALTER TABLE account_user ADD COLUMN awaits_confirmation BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check
    CHECK (purpose IN ('RESET_PASSWORD', 'SET_PASSWORD', 'CONFIRM_SIGN_UP'));
