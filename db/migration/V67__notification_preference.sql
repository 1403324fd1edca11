-- What each person wants to hear, and how (issue 16). Without a row the event type's defaults
-- apply (NotificationType); the locale is the language notifications are written in (zh unless
-- the person chose English); daily_digest sends one e-mail a day instead of one per message.
CREATE TABLE notification_setting
(
    account_id   UUID PRIMARY KEY,
    locale       TEXT    NOT NULL DEFAULT 'zh' CHECK (locale IN ('zh', 'en')),
    daily_digest BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE notification_preference
(
    account_id UUID    NOT NULL,
    event_type TEXT    NOT NULL CHECK (length(event_type) <= 60),
    in_app     BOOLEAN NOT NULL,
    email      BOOLEAN NOT NULL,
    sms        BOOLEAN NOT NULL,
    PRIMARY KEY (account_id, event_type)
);

-- One digest e-mail per person per day, whichever instance runs the job.
CREATE TABLE notification_digest
(
    account_id UUID        NOT NULL,
    day        DATE        NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL,
    messages   INTEGER     NOT NULL,
    PRIMARY KEY (account_id, day)
);
