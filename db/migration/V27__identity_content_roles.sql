-- Two roles for the portal: 网站管理员 (channels and who may draft or review where) and 网站编辑
-- (drafts and reviews in the channels they are given).
ALTER TABLE identity_account_role DROP CONSTRAINT identity_account_role_role_check;
ALTER TABLE identity_account_role ADD CONSTRAINT identity_account_role_role_check
    CHECK (role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'UNIT_ADMIN', 'RA_OPERATOR', 'STAFF',
                    'CITIZEN', 'ENTERPRISE', 'SITE_ADMIN', 'EDITOR'));
