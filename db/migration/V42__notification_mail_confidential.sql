-- A message carrying a secret (a password reset link) keeps its body only until the SMTP server has
-- accepted it; then the body is replaced, so the outbox never holds a usable link (issue 15).
ALTER TABLE notification_mail ADD COLUMN confidential BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE notification_mail SET body = '（正文含一次性链接，发出后已清除）Contents with a one-time link, cleared once sent.'
WHERE sent_at IS NOT NULL AND body LIKE '%/password/reset?token=%';
-- Reset mails still waiting in the outbox are cleared once sent, like new ones.
UPDATE notification_mail SET confidential = TRUE
WHERE sent_at IS NULL AND body LIKE '%/password/reset?token=%';
