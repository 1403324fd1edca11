-- 网站内容: sites (the Chinese portal, the English one; district portals later), their channels
-- (栏目) as a tree of any depth, who may draft and who may review in each channel, and articles
-- with their revisions. An article shows its published revision; at most one revision waits
-- unpublished (draft, submitted or returned) at a time. 谁发布、谁审核、谁负责: every revision keeps
-- its drafter and reviewer, and a reviewer never decides their own draft.
CREATE TABLE content_site
(
    code        TEXT PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,30}$'),
    name        TEXT    NOT NULL,
    language    TEXT    NOT NULL CHECK (language IN ('zh', 'en')),
    path_prefix TEXT    NOT NULL UNIQUE CHECK (path_prefix = '' OR path_prefix ~ '^/[a-z0-9-]+$'),
    -- bumped by every publication and withdrawal: drives ETags and the rendered-page cache
    version     BIGINT  NOT NULL DEFAULT 0
);

CREATE TABLE content_channel
(
    id            UUID PRIMARY KEY,
    site_code     TEXT        NOT NULL REFERENCES content_site (code),
    parent_id     UUID REFERENCES content_channel (id),
    slug          TEXT        NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
    -- slugs from the top, joined by '/', kept by the service
    path          TEXT        NOT NULL,
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    kind          TEXT        NOT NULL CHECK (kind IN ('ARTICLES', 'PAGE', 'LINK', 'DISCLOSURE')),
    link_url      TEXT,
    sort_order    INTEGER     NOT NULL DEFAULT 0,
    in_navigation BOOLEAN     NOT NULL DEFAULT FALSE,
    on_homepage   BOOLEAN     NOT NULL DEFAULT FALSE,
    active        BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (site_code, path),
    CHECK (kind <> 'LINK' OR link_url ~ '^https?://')
);

CREATE TABLE content_channel_grant
(
    channel_id UUID        NOT NULL REFERENCES content_channel (id),
    username   TEXT        NOT NULL,
    -- REVIEW includes DRAFT
    level      TEXT        NOT NULL CHECK (level IN ('DRAFT', 'REVIEW')),
    granted_by TEXT        NOT NULL,
    granted_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (channel_id, username)
);
CREATE INDEX content_channel_grant_user_idx ON content_channel_grant (lower(username));

CREATE TABLE content_article
(
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel_id         UUID        NOT NULL REFERENCES content_channel (id),
    state              TEXT        NOT NULL CHECK (state IN ('UNPUBLISHED', 'PUBLISHED', 'WITHDRAWN')),
    published_revision BIGINT,
    first_published_at TIMESTAMPTZ,
    published_at       TIMESTAMPTZ,
    withdrawn_at       TIMESTAMPTZ,
    withdrawn_by       TEXT,
    withdrawn_reason   TEXT,
    created_by         TEXT        NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX content_article_channel_idx ON content_article (channel_id, published_at DESC) WHERE state = 'PUBLISHED';

CREATE TABLE content_revision
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id  BIGINT      NOT NULL REFERENCES content_article (id),
    number      INTEGER     NOT NULL,
    state       TEXT        NOT NULL CHECK (state IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'SUPERSEDED')),
    title       TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    subtitle    TEXT,
    source      TEXT,
    author      TEXT,
    -- sanitized HTML
    body        TEXT        NOT NULL,
    drafter     TEXT        NOT NULL,
    submitted_at TIMESTAMPTZ,
    reviewer    TEXT,
    comment     TEXT,
    decided_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (article_id, number),
    CHECK (reviewer IS NULL OR reviewer <> drafter)
);
CREATE UNIQUE INDEX content_revision_one_open_idx ON content_revision (article_id)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'RETURNED');
CREATE INDEX content_revision_drafter_idx ON content_revision (lower(drafter), updated_at DESC)
    WHERE state IN ('DRAFT', 'SUBMITTED', 'RETURNED');
CREATE INDEX content_revision_submitted_idx ON content_revision (submitted_at) WHERE state = 'SUBMITTED';
-- content_article.published_revision names a revision of the same article; not a foreign key, so
-- the two tables do not refer to each other (backups restore tables in foreign-key order).

INSERT INTO content_site (code, name, language, path_prefix) VALUES ('zh', '中文网站', 'zh', ''), ('en', 'English site', 'en', '/en');
