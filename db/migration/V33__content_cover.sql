-- 题图: one of a revision's images, shown with its title in the homepage's 图片新闻.
ALTER TABLE content_revision ADD COLUMN cover_link UUID;
CREATE INDEX content_revision_cover_idx ON content_revision (id) WHERE cover_link IS NOT NULL AND state = 'PUBLISHED';
