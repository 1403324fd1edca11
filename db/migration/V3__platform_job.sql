-- Long work (imports, exports, reindexing, backups) with its progress, so the person who started it
-- can follow it on a progress bar and find the outcome later, on any application instance.
CREATE TABLE platform_job
(
    id          UUID PRIMARY KEY,
    kind        TEXT        NOT NULL,
    title       TEXT        NOT NULL,
    owner       TEXT        NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    total       BIGINT CHECK (total >= 0),
    done        BIGINT      NOT NULL DEFAULT 0 CHECK (done >= 0),
    outcome     TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    started_at  TIMESTAMPTZ,
    finished_at TIMESTAMPTZ,
    heartbeat   TIMESTAMPTZ NOT NULL
);
CREATE INDEX platform_job_owner_idx ON platform_job (owner, created_at DESC);
CREATE INDEX platform_job_unfinished_idx ON platform_job (heartbeat) WHERE status IN ('QUEUED', 'RUNNING');
