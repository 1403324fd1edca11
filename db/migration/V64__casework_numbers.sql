-- 编号: gap-free numbers of the case-work core (发文字号 秦政办发〔2026〕12号, case numbers 2026-0001234).
-- A counter is defined once per scope with its pattern; its sequence restarts each year. The
-- sequence row of a scope and year is the lock: taking a number updates it in the transaction that
-- uses the number, so concurrent takers queue on the row and a rollback gives the number back.
CREATE TABLE casework_counter
(
    -- a unit's 机关代字 sequence (秦政办发) or a module's case numbers (interaction.request)
    scope      TEXT        PRIMARY KEY CHECK (length(scope) BETWEEN 1 AND 60),
    -- what {prefix} stands for in the pattern (the 机关代字), if the pattern uses it
    prefix     TEXT        CHECK (length(prefix) BETWEEN 1 AND 40),
    -- the pattern language of NumberPattern: {prefix} {year} {n} {n:7}
    pattern    TEXT        NOT NULL CHECK (length(pattern) BETWEEN 1 AND 100),
    defined_by TEXT        NOT NULL CHECK (length(defined_by) BETWEEN 1 AND 100),
    defined_at TIMESTAMPTZ NOT NULL,
    version    BIGINT      NOT NULL DEFAULT 0
);

-- The next number of a scope in a year; its row is locked by every taker until they commit.
CREATE TABLE casework_counter_year
(
    scope      TEXT    NOT NULL REFERENCES casework_counter (scope),
    year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    next_value BIGINT  NOT NULL CHECK (next_value >= 1),
    PRIMARY KEY (scope, year)
);

-- The register: every number handed out, in order. TAKEN: used at once by the transaction that took
-- it. RESERVED: shown before use (a 发文字号 on a draft), later USED for a record or VOIDED with
-- the reason, so every gap in the used numbers is explained.
CREATE TABLE casework_number
(
    id         BIGSERIAL PRIMARY KEY,
    scope      TEXT        NOT NULL REFERENCES casework_counter (scope),
    year       INTEGER     NOT NULL,
    sequence   BIGINT      NOT NULL CHECK (sequence >= 1),
    number     TEXT        NOT NULL CHECK (length(number) BETWEEN 1 AND 200),
    status     TEXT        NOT NULL CHECK (status IN ('TAKEN', 'RESERVED', 'USED', 'VOIDED')),
    -- what the number was given to (a case, a document), once known
    record_id  TEXT        CHECK (length(record_id) BETWEEN 1 AND 100),
    reason     TEXT        CHECK (length(reason) BETWEEN 1 AND 200),
    issued_by  TEXT        NOT NULL CHECK (length(issued_by) BETWEEN 1 AND 100),
    issued_at  TIMESTAMPTZ NOT NULL,
    settled_by TEXT        CHECK (length(settled_by) BETWEEN 1 AND 100),
    settled_at TIMESTAMPTZ,
    version    BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (scope, year, sequence),
    CHECK ((status = 'VOIDED') = (reason IS NOT NULL)),
    CHECK (status <> 'USED' OR record_id IS NOT NULL)
);
