-- Roles come from modules: each module declares its roles in code, and the platform writes the
-- declarations here at start-up (code, the kinds of account that may hold it, its exclusive group,
-- whether it is an administrator role). Grants name a role of this table: the CHECK listing every
-- code (V8, V12, V13, V27) goes, and the database still refuses, whatever the code does,
--   * a grant of a role no module declares (foreign key, and the declared flag in the trigger),
--   * a role the account's kind may not hold (the trigger of V35, now reading held_by),
--   * two roles of one exclusive group on one account, the 三员 among them (a unique index on the
--     group, copied onto each grant by the trigger).
-- A role no module declares any more keeps its row, for the grants that name it, marked undeclared.
CREATE TABLE identity_role
(
    code            TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,39}$'),
    held_by         TEXT[]  NOT NULL CHECK (cardinality(held_by) > 0
        AND held_by <@ ARRAY ['STAFF', 'CITIZEN', 'ENTERPRISE']),
    exclusive_group TEXT CHECK (exclusive_group IS NULL OR length(exclusive_group) BETWEEN 1 AND 40),
    administrator   BOOLEAN NOT NULL DEFAULT FALSE,
    declared        BOOLEAN NOT NULL DEFAULT TRUE
);

-- The roles granted so far, as declared when this migration was written; start-up brings the rows
-- up to date with the declarations.
INSERT INTO identity_role (code, held_by, exclusive_group, administrator)
VALUES ('SYSTEM_ADMIN', ARRAY ['STAFF'], 'ADMINISTRATORS', TRUE),
       ('SECURITY_ADMIN', ARRAY ['STAFF'], 'ADMINISTRATORS', TRUE),
       ('AUDIT_ADMIN', ARRAY ['STAFF'], 'ADMINISTRATORS', TRUE),
       ('UNIT_ADMIN', ARRAY ['STAFF'], NULL, FALSE),
       ('STAFF', ARRAY ['STAFF'], NULL, FALSE),
       ('CITIZEN', ARRAY ['CITIZEN'], NULL, FALSE),
       ('ENTERPRISE', ARRAY ['ENTERPRISE'], NULL, FALSE),
       ('SITE_ADMIN', ARRAY ['STAFF'], NULL, FALSE),
       ('EDITOR', ARRAY ['STAFF'], NULL, FALSE),
       ('RA_OPERATOR', ARRAY ['STAFF'], NULL, FALSE);

ALTER TABLE identity_account_role DROP CONSTRAINT identity_account_role_role_check;
ALTER TABLE identity_account_role
    ADD CONSTRAINT identity_account_role_declared FOREIGN KEY (role) REFERENCES identity_role (code);

ALTER TABLE identity_account_role ADD COLUMN exclusive_group TEXT;
UPDATE identity_account_role g SET exclusive_group = r.exclusive_group FROM identity_role r WHERE r.code = g.role;
CREATE UNIQUE INDEX identity_exclusive_role_idx ON identity_account_role (account_id, exclusive_group)
    WHERE exclusive_group IS NOT NULL;
DROP INDEX identity_one_administrator_role_idx;

CREATE OR REPLACE FUNCTION identity_role_fits_kind() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    declared_role identity_role%ROWTYPE;
BEGIN
    SELECT * INTO declared_role FROM identity_role WHERE code = NEW.role;
    IF TG_OP = 'INSERT' OR NEW.role IS DISTINCT FROM OLD.role OR NEW.account_id IS DISTINCT FROM OLD.account_id THEN
        IF NOT FOUND OR NOT declared_role.declared THEN
            RAISE EXCEPTION 'The role % is not declared by any module', NEW.role
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF (SELECT kind FROM identity_account WHERE id = NEW.account_id) <> ALL (declared_role.held_by) THEN
            RAISE EXCEPTION 'The role % is not for this kind of account', NEW.role USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    -- The group is the role's, never the caller's.
    NEW.exclusive_group := declared_role.exclusive_group;
    RETURN NEW;
END;
$$;

DROP TRIGGER identity_role_fits_kind ON identity_account_role;
CREATE TRIGGER identity_role_fits_kind
    BEFORE INSERT OR UPDATE OF role, account_id, exclusive_group ON identity_account_role
    FOR EACH ROW EXECUTE FUNCTION identity_role_fits_kind();
