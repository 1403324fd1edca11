-- Audit search by an object's name (issue 17). Entries name their object by type and id (a UUID, a
-- number), which an auditor cannot type. object_label keeps the object's name as it was when the
-- entry was recorded (a person's name, an article's title, a unit's name), cut to 200 characters.
--
-- The label is a finding aid, not evidence: it is NOT part of the HMAC chain (AuditChain hashes
-- the fields of V6 only), so adding it and filling it for old entries changes no hash and chain
-- verification holds. The evidence stays object_type + object_id, which are in the chain; a label
-- can always be checked against them. The application role still has no UPDATE on audit_entry
-- (V7), so only this migration, run by the owner, fills old entries.
ALTER TABLE audit_entry ADD COLUMN object_label TEXT;
ALTER TABLE audit_entry
    ADD CONSTRAINT audit_entry_object_label_limit CHECK (char_length(object_label) <= 200) NOT VALID;

-- The append-only trigger refuses every UPDATE, the owner's too: it is set aside for the backfill
-- only, inside this migration's transaction (ALTER TABLE holds an exclusive lock until the commit,
-- so no other session writes or changes an entry meanwhile), and the backfill touches no column
-- but object_label.
ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete;

UPDATE audit_entry e
SET object_label = left(a.display_name, 200)
FROM identity_account a
WHERE e.object_type = 'account'
  AND e.object_id = a.id::text;

UPDATE audit_entry e
SET object_label = left(c.name, 200)
FROM content_channel c
WHERE e.object_type = 'channel'
  AND e.object_id = c.id::text;

UPDATE audit_entry e
SET object_label = left(r.title, 200)
FROM content_revision r
WHERE e.object_type = 'article'
  AND e.object_id ~ '^[0-9]{1,18}$'
  AND r.id = (SELECT max(latest.id) FROM content_revision latest WHERE latest.article_id = e.object_id::bigint);

UPDATE audit_entry e
SET object_label = left(n.full_name, 200)
FROM organization_unit_name n
WHERE e.object_type = 'unit'
  AND e.object_id = n.unit_id::text
  AND n.valid_from = (SELECT max(valid_from) FROM organization_unit_name latest
                      WHERE latest.unit_id = n.unit_id AND latest.valid_from <= e.occurred_at::date);

UPDATE audit_entry e
SET object_label = left(d.name, 200)
FROM organization_department d
WHERE e.object_type = 'department'
  AND e.object_id = d.id::text;

ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete;

