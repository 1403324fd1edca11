-- The unit a certificate was issued in the name of, for the RA's lists (filter by unit).
ALTER TABLE pki_certificate ADD COLUMN unit_id UUID;
CREATE INDEX pki_certificate_unit_idx ON pki_certificate (unit_id);
CREATE INDEX pki_certificate_expiry_idx ON pki_certificate (not_after) WHERE status = 'VALID';
