-- Scheduled publication (an approved revision waits for its time) and expiry (a published
-- article is taken off the site at its time).
ALTER TABLE content_revision ADD COLUMN publish_at TIMESTAMPTZ;
ALTER TABLE content_revision DROP CONSTRAINT content_revision_state_check;
ALTER TABLE content_revision ADD CONSTRAINT content_revision_state_check
    CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED', 'PUBLISHED', 'SUPERSEDED'));
ALTER TABLE content_revision ADD CONSTRAINT content_revision_scheduled_check
    CHECK ((state = 'SCHEDULED') = (publish_at IS NOT NULL));
DROP INDEX content_revision_one_open_idx;
CREATE UNIQUE INDEX content_revision_one_open_idx ON content_revision (article_id)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED');
CREATE INDEX content_revision_scheduled_idx ON content_revision (publish_at) WHERE state = 'SCHEDULED';

ALTER TABLE content_article ADD COLUMN expires_at TIMESTAMPTZ;
CREATE INDEX content_article_expires_idx ON content_article (expires_at)
    WHERE state = 'PUBLISHED' AND expires_at IS NOT NULL;
DROP INDEX content_revision_drafter_idx;
CREATE INDEX content_revision_drafter_idx ON content_revision (lower(drafter), updated_at DESC)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED');
