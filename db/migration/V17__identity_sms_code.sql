-- 短信验证码登录 for citizens and enterprises: a six-digit code, kept only as a hash, valid for a few
-- minutes, a few tries, once.
CREATE TABLE identity_sms_code
(
    id         UUID PRIMARY KEY,
    account_id UUID        NOT NULL REFERENCES identity_account (id),
    code_hash  BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    attempts   INTEGER     NOT NULL DEFAULT 0,
    used_at    TIMESTAMPTZ
);
CREATE INDEX identity_sms_code_account_idx ON identity_sms_code (account_id, created_at);
