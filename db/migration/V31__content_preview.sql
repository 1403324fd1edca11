-- 预览链接: a link that shows an unpublished revision to anyone who has it, for a limited time.
-- Only the SHA-256 of the link's secret is kept.
CREATE TABLE content_preview
(
    token_hash  TEXT PRIMARY KEY,
    revision_id BIGINT      NOT NULL REFERENCES content_revision (id),
    created_by  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX content_preview_revision_idx ON content_preview (revision_id);
