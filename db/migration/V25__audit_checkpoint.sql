-- 审计检查点: now and then the platform signs (CMS, with its own signing certificate) a statement
-- naming the newest audit entry and its hash. The chain's HMAC key protects each entry; the
-- signature, whose key is sealed outside the database, also shows that no entry after a
-- checkpoint's was cut off the end and that the chain was not rebuilt since. Append-only too.
CREATE TABLE audit_checkpoint
(
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL,
    entry_id   BIGINT      NOT NULL,
    entry_hash CHAR(64)    NOT NULL,
    entries    BIGINT      NOT NULL,
    statement  TEXT        NOT NULL,
    signature  BYTEA       NOT NULL,
    signer     TEXT        NOT NULL
);

CREATE TRIGGER audit_checkpoint_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

DO
$$
    DECLARE
        app TEXT := '${appRole}';
    BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) AND app <> current_user THEN
            EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM %I', app);
        END IF;
    END
$$;
