-- The file a job produced (an Excel export of a long list), kept for its owner to download from any
-- application instance for a day, in chunks so neither writing nor reading it holds it in memory.
CREATE TABLE platform_job_file
(
    job_id     UUID PRIMARY KEY REFERENCES platform_job (id) ON DELETE CASCADE,
    name       TEXT        NOT NULL,
    media_type TEXT        NOT NULL,
    size       BIGINT      NOT NULL CHECK (size >= 0),
    chunks     INT         NOT NULL CHECK (chunks >= 0),
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX platform_job_file_created_idx ON platform_job_file (created_at);

CREATE TABLE platform_job_file_chunk
(
    job_id UUID  NOT NULL REFERENCES platform_job_file (job_id) ON DELETE CASCADE,
    seq    INT   NOT NULL CHECK (seq >= 0),
    data   BYTEA NOT NULL,
    PRIMARY KEY (job_id, seq)
);
