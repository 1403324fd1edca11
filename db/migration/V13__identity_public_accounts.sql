-- 公众账户: citizens registered with real name and 居民身份证号, enterprises with their 统一社会信用代码.
-- The ID number is kept encrypted (AES-GCM, key outside the database) with a keyed blind index for
-- lookup and uniqueness, and a masked form for display; it is never stored in clear.
ALTER TABLE identity_account ADD COLUMN email TEXT CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$');
ALTER TABLE identity_account ADD COLUMN mobile TEXT CHECK (mobile IS NULL OR mobile ~ '^1[3-9][0-9]{9}$');
CREATE UNIQUE INDEX identity_account_email_idx ON identity_account (lower(email)) WHERE email IS NOT NULL;
CREATE UNIQUE INDEX identity_account_mobile_idx ON identity_account (mobile) WHERE mobile IS NOT NULL;

ALTER TABLE identity_account_role DROP CONSTRAINT identity_account_role_role_check;
ALTER TABLE identity_account_role ADD CONSTRAINT identity_account_role_role_check
    CHECK (role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'UNIT_ADMIN', 'RA_OPERATOR', 'STAFF',
                    'CITIZEN', 'ENTERPRISE'));

CREATE TABLE identity_citizen
(
    account_id       UUID PRIMARY KEY REFERENCES identity_account (id),
    real_name        TEXT  NOT NULL CHECK (length(real_name) BETWEEN 2 AND 64),
    id_number_cipher BYTEA NOT NULL,
    -- HMAC-SHA256 of the number under a key outside the database: one account per person
    id_number_index  BYTEA NOT NULL UNIQUE,
    id_number_masked TEXT  NOT NULL
);

CREATE TABLE identity_enterprise
(
    account_id  UUID PRIMARY KEY REFERENCES identity_account (id),
    name        TEXT     NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
    credit_code CHAR(18) NOT NULL UNIQUE
);
