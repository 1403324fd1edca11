-- Least privilege: the application connects as its own role (spring.flyway.placeholders.appRole,
-- default zhengtong_app), which reads and writes the records but cannot change the audit log;
-- the owner of the tables runs the migrations. Where one role does both (no separate role
-- exists, or it is the owner itself), nothing is granted and only the trigger protects the log.
DO
$$
    DECLARE
        app TEXT := '${appRole}';
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) OR app = current_user THEN
            RAISE NOTICE 'No separate application role %: privileges stay with %', app, current_user;
            RETURN;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', current_schema(), app);
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', current_schema(), app);
        -- Tables the owner creates later get the same rights; append-only ones revoke theirs.
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                       current_schema(), app);
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                       current_schema(), app);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', app);
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
        EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', app);
    END
$$;
