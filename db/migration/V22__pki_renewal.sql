-- 续期: a request may renew a certificate; when the new one is issued the old one is revoked as
-- superseded.
ALTER TABLE pki_request ADD COLUMN renews TEXT;
