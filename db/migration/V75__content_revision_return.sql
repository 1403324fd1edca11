-- Every return of a revision (退回) with its comment: a revision may be returned, resent and
-- returned again, and the comment on content_revision only holds the latest one.
CREATE TABLE content_revision_return (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    revision_id BIGINT      NOT NULL REFERENCES content_revision (id),
    reviewer    TEXT        NOT NULL,
    comment     TEXT        NOT NULL,
    returned_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX content_revision_return_revision_idx ON content_revision_return (revision_id, returned_at);

-- The returns already made, as far as the revisions still show them.
INSERT INTO content_revision_return (revision_id, reviewer, comment, returned_at)
SELECT id, reviewer, comment, coalesce(decided_at, updated_at) FROM content_revision
WHERE state = 'RETURNED' AND comment IS NOT NULL AND reviewer IS NOT NULL;
