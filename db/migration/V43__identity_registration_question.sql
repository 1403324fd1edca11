-- 注册验证问题: the accessible alternative to an image captcha (a short arithmetic question in words a
-- screen reader reads aloud); each question is answered once, within its validity (issue 15).
CREATE TABLE identity_registration_question
(
    id         UUID PRIMARY KEY,
    answer     INTEGER     NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX identity_registration_question_expiry_idx ON identity_registration_question (expires_at);
