-- 期限: the deadline clocks of the case-work core. A clock counts a limit (working days from the
-- calendar, calendar days or hours where a law says so) from the day after it starts (民法典 art.
-- 201), stands still while paused (suspended, 补正, consultation) and is stopped when its work is
-- done. due_at and warn_at are kept worked out, so lists sort and colour by them without the
-- calendar; they are recomputed when the calendar changes.
CREATE TABLE casework_clock
(
    id            BIGSERIAL PRIMARY KEY,
    -- the module that started it and what it times, for the explanation and the warnings
    module        TEXT          NOT NULL CHECK (length(module) BETWEEN 1 AND 40),
    subject       TEXT          NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    measure       TEXT          NOT NULL CHECK (measure IN ('WORKING_DAYS', 'CALENDAR_DAYS', 'HOURS')),
    amount        INTEGER       NOT NULL CHECK (amount > 0),
    started_at    TIMESTAMPTZ   NOT NULL,
    -- the share of the period after which the clock shows yellow (0.80 by default)
    warn_share    NUMERIC(3, 2) NOT NULL CHECK (warn_share > 0 AND warn_share <= 1),
    state         TEXT          NOT NULL CHECK (state IN ('RUNNING', 'PAUSED', 'STOPPED')),
    -- the last instant that is still on time, and the first that shows yellow
    due_at        TIMESTAMPTZ   NOT NULL,
    warn_at       TIMESTAMPTZ   NOT NULL,
    -- counted over a year whose schedule is still 暂定
    provisional   BOOLEAN       NOT NULL DEFAULT FALSE,
    stopped_at    TIMESTAMPTZ,
    -- DeadlineApproaching and DeadlineMissed are published once each
    approaching_published_at TIMESTAMPTZ,
    missed_published_at      TIMESTAMPTZ,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX casework_clock_approaching_idx ON casework_clock (warn_at)
    WHERE state = 'RUNNING' AND approaching_published_at IS NULL;
CREATE INDEX casework_clock_missed_idx ON casework_clock (due_at)
    WHERE state = 'RUNNING' AND missed_published_at IS NULL;
CREATE INDEX casework_clock_open_idx ON casework_clock (id) WHERE state <> 'STOPPED';

-- A pause: while it lasts the clock does not count (ended_at NULL: still paused).
CREATE TABLE casework_clock_pause
(
    id          BIGSERIAL PRIMARY KEY,
    clock_id    BIGINT      NOT NULL REFERENCES casework_clock (id),
    kind        TEXT        NOT NULL CHECK (kind IN ('SUSPENDED', 'CORRECTION', 'CONSULTATION', 'OTHER')),
    reason      TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    started_at  TIMESTAMPTZ NOT NULL,
    ended_at    TIMESTAMPTZ,
    recorded_by TEXT        NOT NULL,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE INDEX casework_clock_pause_clock_idx ON casework_clock_pause (clock_id);
CREATE UNIQUE INDEX casework_clock_one_open_pause_idx ON casework_clock_pause (clock_id) WHERE ended_at IS NULL;
