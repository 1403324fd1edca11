-- Tags (标签) and related links (相关链接) of a revision.
ALTER TABLE content_revision ADD COLUMN tags TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX content_revision_tags_idx ON content_revision USING GIN (tags) WHERE state = 'PUBLISHED';

CREATE TABLE content_revision_link
(
    revision_id BIGINT  NOT NULL REFERENCES content_revision (id),
    position    INTEGER NOT NULL,
    title       TEXT    NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    url         TEXT    NOT NULL CHECK (url ~ '^(https?://|/)' AND length(url) <= 500),
    PRIMARY KEY (revision_id, position)
);
