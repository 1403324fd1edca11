-- Channels are edited after creation (renamed, reordered, moved, hidden, removed when empty) by
-- the site administrators: two of them at once must not overwrite each other unseen.
ALTER TABLE content_channel ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE content_channel ADD COLUMN updated_at TIMESTAMPTZ;
