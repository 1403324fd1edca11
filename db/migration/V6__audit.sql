-- 安全审计: an append-only log. Each entry's hash is an HMAC-SHA256, under a key kept outside the
-- database, of its content and the previous entry's hash, so editing, removing or inserting a row —
-- even by someone who recomputes plain hashes — breaks the chain at that row.
CREATE TABLE audit_entry
(
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id      UUID        NOT NULL UNIQUE,
    occurred_at   TIMESTAMPTZ NOT NULL,
    recorded_at   TIMESTAMPTZ NOT NULL,
    actor         TEXT        NOT NULL,
    post          TEXT,
    unit_id       TEXT,
    address       TEXT,
    action        TEXT        NOT NULL,
    object_type   TEXT,
    object_id     TEXT,
    outcome       TEXT        NOT NULL CHECK (outcome IN ('SUCCESS', 'DENIED', 'FAILED')),
    summary       TEXT        NOT NULL,
    before_state  TEXT,
    after_state   TEXT,
    previous_hash CHAR(64)    NOT NULL,
    hash          CHAR(64)    NOT NULL
);
CREATE INDEX audit_entry_occurred_idx ON audit_entry (occurred_at DESC);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor, occurred_at DESC);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);

-- Audit records are evidence (等级保护: kept at least 6 months, protected from change): nothing
-- but INSERT. The trigger holds for every role, the table's owner included.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
