-- 依申请转主动 (政府信息公开条例 art. 44): the draft disclosure item in content made from an
-- answered request. One per request (the primary key): a second click finds this one.
-- The article and revision are content's ids (no foreign key across modules).
CREATE TABLE interaction_disclosure_proactive
(
    request_id  UUID PRIMARY KEY REFERENCES interaction_disclosure_request (id),
    article_id  BIGINT      NOT NULL,
    revision_id BIGINT      NOT NULL,
    drafted_by  TEXT        NOT NULL,
    drafted_at  TIMESTAMPTZ NOT NULL
);
