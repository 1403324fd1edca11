-- Requests by a unit administrator for a certificate of the unit (signing, encryption, server TLS):
-- the unit, and the DNS names a server certificate will carry. The requester collects a key the
-- platform made; the certificate's holder stays empty (it is the unit's).
ALTER TABLE pki_request ADD COLUMN unit_id UUID;
ALTER TABLE pki_request ADD COLUMN dns_names TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX pki_request_unit_idx ON pki_request (unit_id, created_at) WHERE unit_id IS NOT NULL;
ALTER TABLE pki_request ADD CONSTRAINT pki_request_profile_check
    CHECK (profile IN ('STAFF_AUTH', 'UNIT_SIGN', 'UNIT_SIGN_SM2', 'UNIT_ENCRYPT', 'SERVER_TLS'));
