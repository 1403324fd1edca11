-- 组织机构: units in one tree (市 → 县区 → 乡镇/街道, with the departments under each government).
-- Names are effective-dated: a renamed unit keeps its old names, so a document dated before the
-- change still shows the name valid then. Units are deactivated, never deleted.
CREATE TABLE organization_unit
(
    id          UUID PRIMARY KEY,
    parent_id   UUID REFERENCES organization_unit (id),
    kind        TEXT        NOT NULL CHECK (kind IN ('PARTY', 'GOVERNMENT', 'CONGRESS', 'CPPCC', 'COURT',
                                                     'PROCURATORATE', 'DEPARTMENT', 'DISTRICT', 'TOWNSHIP')),
    credit_code CHAR(18) UNIQUE,
    sort_order  INTEGER     NOT NULL DEFAULT 0,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organization_unit_parent_idx ON organization_unit (parent_id);

CREATE TABLE organization_unit_name
(
    unit_id      UUID        NOT NULL REFERENCES organization_unit (id),
    valid_from   DATE        NOT NULL,
    full_name    TEXT        NOT NULL CHECK (length(full_name) BETWEEN 2 AND 80),
    short_name   TEXT        NOT NULL CHECK (length(short_name) BETWEEN 1 AND 30),
    english_name TEXT        NOT NULL CHECK (length(english_name) BETWEEN 2 AND 160),
    -- 机关代字, the prefix of the unit's document numbers (秦政发〔2026〕7号 → 秦政发)
    code_prefix  TEXT CHECK (code_prefix IS NULL OR length(code_prefix) BETWEEN 1 AND 12),
    recorded_at  TIMESTAMPTZ NOT NULL,
    recorded_by  TEXT        NOT NULL,
    PRIMARY KEY (unit_id, valid_from)
);
