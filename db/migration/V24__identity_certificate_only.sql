-- 仅允许证书登录: an account that may sign in with its certificate only (password login refused).
ALTER TABLE identity_account ADD COLUMN certificate_only BOOLEAN NOT NULL DEFAULT FALSE;
