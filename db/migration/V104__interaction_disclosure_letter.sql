-- 答复书: the written answer to a disclosure request (政府信息公开条例 art. 36), a PDF made when the
-- answer is recorded and signed with the answering unit's hosted seal (电子印章) by one of its seal
-- keepers in a certificate session. Until then it waits in the 用印 step (AWAITING_SEAL) and the
-- applicant cannot download it. unit_name is the unit's name on the day of the answer.
CREATE TABLE interaction_disclosure_letter
(
    request_id  UUID PRIMARY KEY REFERENCES interaction_disclosure_request (id),
    version     BIGINT      NOT NULL DEFAULT 0,
    state       TEXT        NOT NULL CHECK (state IN ('AWAITING_SEAL', 'SEALED')),
    unit_name   TEXT        NOT NULL,
    dated_on    DATE        NOT NULL,
    pdf         BYTEA       NOT NULL,
    case_id     BIGINT,
    sha256      TEXT CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    seal_serial TEXT,
    sealed_by   TEXT,
    sealed_at   TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK ((state = 'SEALED') = (sealed_at IS NOT NULL AND sha256 IS NOT NULL AND seal_serial IS NOT NULL))
);
CREATE INDEX interaction_disclosure_letter_waiting_idx ON interaction_disclosure_letter (created_at)
    WHERE state = 'AWAITING_SEAL';
