-- When each site last changed, in whole seconds and strictly later with every version:
-- the Last-Modified of its cached pages, the same on every instance.
ALTER TABLE content_site ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT date_trunc('second', now());
