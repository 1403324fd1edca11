-- Staff roles (the three administrators, 单位管理员, RA operators, editors …) go to staff accounts only,
-- 个人用户 to citizens and 法人用户 to enterprises, whatever the code does: a citizen made 证书注册审核员
-- would approve certificates. Rows already stored are left as they are; new grants are checked.
CREATE FUNCTION identity_role_fits_kind() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    wanted TEXT := 'STAFF';
BEGIN
    IF NEW.role IN ('CITIZEN', 'ENTERPRISE') THEN
        wanted := NEW.role;
    END IF;
    IF (SELECT kind FROM identity_account WHERE id = NEW.account_id) <> wanted THEN
        RAISE EXCEPTION 'The role % is not for this kind of account', NEW.role USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER identity_role_fits_kind
    BEFORE INSERT OR UPDATE OF role, account_id ON identity_account_role
    FOR EACH ROW EXECUTE FUNCTION identity_role_fits_kind();
