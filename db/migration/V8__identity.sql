-- 账户与登录: accounts (staff, citizens, enterprises), their credentials kept apart (one person may
-- log in by password, certificate or SMS code) and their roles.
CREATE TABLE identity_account
(
    id                   UUID PRIMARY KEY,
    username             TEXT        NOT NULL CHECK (username ~ '^[A-Za-z0-9._@-]{2,64}$'),
    display_name         TEXT        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
    kind                 TEXT        NOT NULL CHECK (kind IN ('STAFF', 'CITIZEN', 'ENTERPRISE')),
    unit_id              TEXT,
    active               BOOLEAN     NOT NULL DEFAULT TRUE,
    failed_attempts      INTEGER     NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0
);
-- User names are compared without regard to case: Zhang and zhang are one account.
CREATE UNIQUE INDEX identity_account_username_idx ON identity_account (lower(username));

CREATE TABLE identity_password
(
    account_id    UUID PRIMARY KEY REFERENCES identity_account (id),
    hash          TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    must_change   BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE TABLE identity_account_role
(
    account_id UUID        NOT NULL REFERENCES identity_account (id),
    role       TEXT        NOT NULL CHECK (role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'STAFF')),
    granted_at TIMESTAMPTZ NOT NULL,
    granted_by TEXT        NOT NULL,
    PRIMARY KEY (account_id, role)
);
-- 三员分立 (等级保护): no account holds two of the three administrator roles, whatever the code does.
CREATE UNIQUE INDEX identity_one_administrator_role_idx ON identity_account_role (account_id)
    WHERE role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN');
