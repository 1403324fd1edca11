-- 消息中心 (issue 16): what each account has been told, in the language it reads. A row is kept for
-- every notification, also when the person reads none in the workbench (in_app = FALSE), because
-- the daily digest lists it; event_key makes a redelivered event tell nobody twice.
CREATE TABLE notification_message
(
    id           UUID PRIMARY KEY,
    recipient_id UUID        NOT NULL,
    event_type   TEXT        NOT NULL CHECK (length(event_type) <= 60),
    event_key    TEXT        NOT NULL CHECK (length(event_key) <= 200),
    title        TEXT        NOT NULL CHECK (length(title) <= 300),
    body         TEXT        NOT NULL CHECK (length(body) <= 4000),
    link         TEXT CHECK (link IS NULL OR (link LIKE '/%' AND link NOT LIKE '//%' AND length(link) <= 500)),
    created_at   TIMESTAMPTZ NOT NULL,
    read_at      TIMESTAMPTZ,
    in_app       BOOLEAN     NOT NULL,
    -- e-mailed in the next daily digest instead of on its own; digested_at once it was
    digest       BOOLEAN     NOT NULL,
    digested_at  TIMESTAMPTZ,
    version      BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (recipient_id, event_key)
);
-- The list (unread first, newest first) and the header count.
CREATE INDEX notification_message_list_idx ON notification_message (recipient_id, (read_at IS NULL) DESC, created_at DESC)
    WHERE in_app;
CREATE INDEX notification_message_unread_idx ON notification_message (recipient_id) WHERE in_app AND read_at IS NULL;
CREATE INDEX notification_message_digest_idx ON notification_message (recipient_id, created_at)
    WHERE digest AND digested_at IS NULL;
