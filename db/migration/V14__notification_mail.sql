-- 通知邮件 outbox: a message is written in the same transaction as the change it reports, and a job
-- sends it; when the SMTP server is down nothing is lost, it is tried again later.
CREATE TABLE notification_mail
(
    id              UUID PRIMARY KEY,
    recipient       TEXT        NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
    subject         TEXT        NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
    body            TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    sent_at         TIMESTAMPTZ,
    last_error      TEXT
);
CREATE INDEX notification_mail_due_idx ON notification_mail (next_attempt_at) WHERE sent_at IS NULL;
