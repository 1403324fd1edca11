-- CA rollover: a hierarchy may have several issuing CAs over its life, one of them current (it
-- issues), the others retired (kept for their CRLs and OCSP answers until their certificates have
-- expired). Generations number them from 1 (the issuing CA made on first start); the CRL
-- distribution point of a certificate names its issuer's generation.
ALTER TABLE pki_authority DROP CONSTRAINT pki_authority_hierarchy_level_key;
ALTER TABLE pki_authority ADD COLUMN generation INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pki_authority ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE pki_authority ADD CONSTRAINT pki_authority_generation_key UNIQUE (hierarchy, level, generation);
CREATE UNIQUE INDEX pki_authority_current_idx ON pki_authority (hierarchy, level) WHERE retired_at IS NULL;

-- One certificate per request, whatever the concurrency: the request a certificate was issued for.
ALTER TABLE pki_certificate ADD COLUMN request_id UUID UNIQUE REFERENCES pki_request (id);
UPDATE pki_certificate c SET request_id = r.id FROM pki_request r WHERE r.serial = c.serial;
