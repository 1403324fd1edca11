-- 找回密码: single-use tokens sent by e-mail to public accounts. Only a hash of the token is kept,
-- so a copy of the database cannot be used to reset anyone's password.
CREATE TABLE identity_reset_token
(
    token_hash BYTEA PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES identity_account (id),
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);
CREATE INDEX identity_reset_token_account_idx ON identity_reset_token (account_id, created_at);
