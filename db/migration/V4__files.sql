-- Attachments: each distinct content is stored once, named by its SHA-256 (files_blob, and the file
-- ab/cd/<sha256> in the file store); files_link says which object uses it under which name.
-- A blob no link uses is collected after a grace period.
CREATE TABLE files_blob
(
    sha256     CHAR(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size       BIGINT      NOT NULL CHECK (size >= 0),
    media_type TEXT        NOT NULL,
    stored_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE files_link
(
    id         UUID PRIMARY KEY,
    sha256     CHAR(64)    NOT NULL REFERENCES files_blob (sha256),
    owner_type TEXT        NOT NULL,
    owner_id   TEXT        NOT NULL,
    file_name  TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    linked_by  TEXT,
    linked_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX files_link_owner_idx ON files_link (owner_type, owner_id);
CREATE INDEX files_link_sha256_idx ON files_link (sha256);
