-- 依申请公开 (政府信息公开条例, 2019): requests for government information, one row each, with the
-- clocks of the case-work core they run on. And the core's clocks learn extensions (art. 33: one
-- extension of at most 20 working days, approved by the head of the office).

ALTER TABLE casework_clock
    ADD COLUMN extended_by      INTEGER NOT NULL DEFAULT 0 CHECK (extended_by >= 0),
    ADD COLUMN extension_reason TEXT CHECK (length(extension_reason) BETWEEN 1 AND 500);

CREATE TABLE interaction_disclosure_request
(
    id                      UUID PRIMARY KEY,
    version                 BIGINT      NOT NULL DEFAULT 0,
    -- per unit and year, from the unit's counter (秦教依申请〔2026〕3号)
    number                  TEXT        NOT NULL CHECK (length(number) BETWEEN 1 AND 80),
    unit_id                 UUID        NOT NULL,
    -- how it came: the online form, by post or at the counter (art. 31: the day received)
    channel                 TEXT        NOT NULL CHECK (channel IN ('ONLINE', 'POST', 'COUNTER')),
    state                   TEXT        NOT NULL CHECK (state IN ('RECEIVED', 'CORRECTION', 'CONSULTING',
                                                                  'EXTENSION_REVIEW', 'ANSWERED', 'LAPSED')),
    -- art. 29 (一): who asks, as the annual report's table 三 counts them
    applicant_type          TEXT        NOT NULL CHECK (applicant_type IN ('PERSON', 'COMPANY', 'RESEARCH',
                                                                           'CHARITY', 'LEGAL_SERVICE', 'OTHER')),
    applicant_name          TEXT        NOT NULL CHECK (length(applicant_name) BETWEEN 1 AND 100),
    -- a person's 身份证号 is kept masked only (checked when given); an organisation's credit code in full
    id_number_masked        TEXT CHECK (length(id_number_masked) <= 18),
    credit_code             TEXT CHECK (length(credit_code) = 18),
    contact_person          TEXT CHECK (length(contact_person) <= 50),
    phone                   TEXT        NOT NULL CHECK (length(phone) BETWEEN 1 AND 30),
    email                   TEXT CHECK (length(email) <= 200),
    address                 TEXT CHECK (length(address) <= 200),
    -- art. 29 (二), (三): what is asked for, in which form and how it is delivered
    description             TEXT        NOT NULL CHECK (length(description) BETWEEN 1 AND 5000),
    medium                  TEXT        NOT NULL CHECK (medium IN ('PAPER', 'ELECTRONIC')),
    delivery                TEXT        NOT NULL CHECK (delivery IN ('POST', 'EMAIL', 'COLLECT', 'ONLINE')),
    applicant_account_id    UUID,
    query_code_hash         TEXT,
    received_on             DATE        NOT NULL,
    registered_by           TEXT        NOT NULL,
    registered_at           TIMESTAMPTZ NOT NULL,
    case_id                 BIGINT,
    -- art. 30: the 补正 notice, due within 7 working days of receipt, once, with a period
    notice_clock_id         BIGINT REFERENCES casework_clock (id),
    correction_items        TEXT CHECK (length(correction_items) <= 2000),
    correction_noticed_at   TIMESTAMPTZ,
    correction_noticed_by   TEXT,
    correction_clock_id     BIGINT REFERENCES casework_clock (id),
    correction_received_on  DATE,
    correction_text         TEXT CHECK (length(correction_text) <= 5000),
    -- art. 33: 20 working days from receipt (or from the corrected request)
    reply_clock_id          BIGINT REFERENCES casework_clock (id),
    -- art. 33: third-party consultation, which the clock does not count
    consultation_party      TEXT CHECK (length(consultation_party) <= 200),
    consultation_count      INTEGER     NOT NULL DEFAULT 0,
    -- art. 33: one extension of at most 20 working days
    extension_days          INTEGER CHECK (extension_days BETWEEN 1 AND 20),
    extension_reason        TEXT CHECK (length(extension_reason) <= 500),
    extension_requested_by  TEXT,
    extension_decided_by    TEXT,
    extension_decided_at    TIMESTAMPTZ,
    extension_approved      BOOLEAN,
    -- art. 36: the answer
    reply_type              TEXT,
    reply_ground            TEXT,
    reply_text              TEXT CHECK (length(reply_text) <= 10000),
    replied_by              TEXT,
    replied_at              TIMESTAMPTZ,
    lapsed_at               TIMESTAMPTZ,
    UNIQUE (unit_id, number)
);
CREATE INDEX interaction_disclosure_request_unit_idx ON interaction_disclosure_request (unit_id, state);
CREATE INDEX interaction_disclosure_request_number_idx ON interaction_disclosure_request (number);
CREATE INDEX interaction_disclosure_request_account_idx ON interaction_disclosure_request (applicant_account_id)
    WHERE applicant_account_id IS NOT NULL;
CREATE INDEX interaction_disclosure_request_correction_idx ON interaction_disclosure_request (correction_clock_id)
    WHERE state = 'CORRECTION';
