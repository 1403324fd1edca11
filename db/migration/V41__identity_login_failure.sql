-- Lockout that an attacker cannot turn into a weapon (issue 15): wrong passwords are counted per
-- account AND per source (the client address, IPv6 by its /64, or 'certificate' for attempts that
-- present the account's own login certificate). Past the limit only that source is refused for that
-- account; the account-wide lock (identity_account.locked_until) now needs blocks from many sources
-- and never applies to the three administrators.
CREATE TABLE identity_login_failure
(
    account_id    UUID        NOT NULL REFERENCES identity_account (id),
    source        TEXT        NOT NULL CHECK (length(source) BETWEEN 1 AND 64),
    failures      INTEGER     NOT NULL CHECK (failures > 0),
    first_at      TIMESTAMPTZ NOT NULL,
    blocked_until TIMESTAMPTZ,
    PRIMARY KEY (account_id, source)
);
CREATE INDEX identity_login_failure_first_idx ON identity_login_failure (first_at);

-- SMS codes: which address asked for one (per-address sending limit).
ALTER TABLE identity_sms_code ADD COLUMN requested_from TEXT CHECK (length(requested_from) <= 64);
CREATE INDEX identity_sms_code_created_idx ON identity_sms_code (created_at);
