-- 政府信息公开: an article in a disclosure channel (信息公开目录) carries the elements of the
-- catalogue. Editors fill them in on each revision; the first publication gives the item its
-- 索引号 (unit's 统一社会信用代码 / year - sequence, unique), and its validity (有效性) changes
-- later without a new revision. 政策解读 name the policy they explain.
CREATE TABLE content_disclosure_revision
(
    revision_id     BIGINT PRIMARY KEY REFERENCES content_revision (id),
    unit_id         UUID   NOT NULL,
    topic           TEXT   NOT NULL,
    kind            TEXT   NOT NULL CHECK (kind IN ('DOCUMENT', 'INTERPRETATION', 'GUIDE', 'ANNUAL_REPORT')),
    document_number TEXT CHECK (length(document_number) <= 60),
    written_on      DATE,
    interprets      BIGINT REFERENCES content_article (id),
    CHECK ((kind = 'INTERPRETATION') = (interprets IS NOT NULL))
);

CREATE TABLE content_disclosure
(
    article_id        BIGINT PRIMARY KEY REFERENCES content_article (id),
    index_number      TEXT        NOT NULL UNIQUE,
    -- the unit and year the 索引号 was drawn for
    index_unit_id     UUID        NOT NULL,
    index_year        INTEGER     NOT NULL,
    validity          TEXT        NOT NULL DEFAULT 'VALID' CHECK (validity IN ('VALID', 'INVALID', 'REPEALED')),
    validity_on       DATE,
    validity_note     TEXT,
    validity_by       TEXT,
    -- the elements of the published revision, copied at publication for the catalogue's filters
    unit_id           UUID        NOT NULL,
    topic             TEXT        NOT NULL,
    kind              TEXT        NOT NULL,
    interprets        BIGINT REFERENCES content_article (id),
    numbered_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX content_disclosure_unit_idx ON content_disclosure (unit_id, topic);
CREATE INDEX content_disclosure_interprets_idx ON content_disclosure (interprets) WHERE interprets IS NOT NULL;

CREATE TABLE content_disclosure_sequence
(
    unit_id UUID    NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (unit_id, year)
);
