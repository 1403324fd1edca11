-- 内设机构, 岗位 and 分管: the departments inside each unit, the posts people hold (one 编制 post
-- in their own unit, any number of concurrent posts, 兼职, elsewhere) and the units a leader
-- oversees. A post that ends keeps its row with the day it ended: history is never deleted.
CREATE TABLE organization_department
(
    id           UUID PRIMARY KEY,
    unit_id      UUID        NOT NULL REFERENCES organization_unit (id),
    name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    english_name TEXT        NOT NULL CHECK (length(english_name) BETWEEN 2 AND 120),
    sort_order   INTEGER     NOT NULL DEFAULT 0,
    active       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX organization_department_name_idx ON organization_department (unit_id, name) WHERE active;

CREATE TABLE organization_post
(
    id            UUID PRIMARY KEY,
    -- the account holding the post (module identity), and its name for the address book
    holder_id     UUID        NOT NULL,
    holder_name   TEXT        NOT NULL CHECK (length(holder_name) BETWEEN 1 AND 64),
    unit_id       UUID        NOT NULL REFERENCES organization_unit (id),
    department_id UUID REFERENCES organization_department (id),
    title         TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 30),
    -- 编制 (the person's own unit) or 兼职 (a concurrent post)
    principal     BOOLEAN     NOT NULL,
    phone         TEXT CHECK (phone ~ '^[0-9+() -]{3,24}$'),
    started_on    DATE        NOT NULL,
    ended_on      DATE,
    recorded_by   TEXT        NOT NULL,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
-- One 编制 at a time, and at most one current post per person in a unit.
CREATE UNIQUE INDEX organization_post_principal_idx ON organization_post (holder_id) WHERE principal AND ended_on IS NULL;
CREATE UNIQUE INDEX organization_post_unit_idx ON organization_post (holder_id, unit_id) WHERE ended_on IS NULL;
CREATE INDEX organization_post_unit_current_idx ON organization_post (unit_id) WHERE ended_on IS NULL;

-- 分管: the units a leader's post oversees.
CREATE TABLE organization_oversight
(
    post_id UUID NOT NULL REFERENCES organization_post (id),
    unit_id UUID NOT NULL REFERENCES organization_unit (id),
    PRIMARY KEY (post_id, unit_id)
);
