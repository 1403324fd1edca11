-- 电子印章 kept by the platform (decisions.md "Unit keys are hosted"): a unit's seal key is kept
-- in its certificate's row, encrypted like the CA keys (pki_certificate.private_key, which until now
-- held only the platform's own keys). Keys already handed to units (collected as PKCS#12) are not
-- here and stay theirs. Every use reads the unit's newest hosted certificate of a profile.
COMMENT ON COLUMN pki_certificate.private_key IS
    'Encrypted private key of a key the platform itself uses: its TLS server and signing keys, and units'' hosted seals (电子印章); keys handed to people and units are never kept';
CREATE INDEX pki_certificate_hosted_seal_idx ON pki_certificate (unit_id, profile, not_after)
    WHERE private_key IS NOT NULL AND unit_id IS NOT NULL;
