-- 数据权限: each role an account holds carries a data scope (全部, 自定义单位, 本单位及下级, 本单位,
-- 仅本人), anchored on a unit for the unit-bound levels (a 单位管理员's unit) or, without one, on the
-- unit of the post in use. Two roles join the three administrators and staff: 单位管理员 (appointed
-- by the system administrator) and RA operator (appointed by the security administrator).
ALTER TABLE identity_account ALTER COLUMN unit_id TYPE UUID USING unit_id::uuid;
CREATE INDEX identity_account_unit_idx ON identity_account (unit_id);

ALTER TABLE identity_account_role DROP CONSTRAINT identity_account_role_role_check;
ALTER TABLE identity_account_role ADD CONSTRAINT identity_account_role_role_check
    CHECK (role IN ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN', 'UNIT_ADMIN', 'RA_OPERATOR', 'STAFF'));
ALTER TABLE identity_account_role ADD COLUMN scope TEXT NOT NULL DEFAULT 'ALL'
    CHECK (scope IN ('ALL', 'CUSTOM', 'UNIT_AND_BELOW', 'UNIT', 'SELF'));
ALTER TABLE identity_account_role ADD COLUMN scope_unit_id UUID;
UPDATE identity_account_role SET scope = 'UNIT' WHERE role = 'STAFF';
ALTER TABLE identity_account_role ALTER COLUMN scope DROP DEFAULT;
-- A 单位管理员 is always bound to the unit they administer.
ALTER TABLE identity_account_role ADD CONSTRAINT identity_unit_admin_has_unit
    CHECK (role <> 'UNIT_ADMIN' OR scope_unit_id IS NOT NULL);

-- The chosen units of a 自定义单位 scope.
CREATE TABLE identity_role_scope_unit
(
    account_id UUID NOT NULL,
    role       TEXT NOT NULL,
    unit_id    UUID NOT NULL,
    PRIMARY KEY (account_id, role, unit_id),
    FOREIGN KEY (account_id, role) REFERENCES identity_account_role (account_id, role) ON DELETE CASCADE
);
