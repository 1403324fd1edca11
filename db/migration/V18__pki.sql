-- 数字证书注册中心: the platform's certificate authorities (a root and an issuing CA per hierarchy:
-- RSA/ECDSA and SM2) with their private keys encrypted under a password kept outside the database,
-- and every certificate they issue, never deleted (revocation is a status).
CREATE TABLE pki_authority
(
    id              UUID PRIMARY KEY,
    hierarchy       TEXT        NOT NULL CHECK (hierarchy IN ('STANDARD', 'SM2')),
    level           TEXT        NOT NULL CHECK (level IN ('ROOT', 'ISSUING')),
    algorithm       TEXT        NOT NULL,
    certificate     BYTEA       NOT NULL,
    -- PKCS#8 EncryptedPrivateKeyInfo (AES-256-CBC, PBKDF2), password: secret ca-key-password
    private_key     BYTEA       NOT NULL,
    crl             BYTEA,
    crl_number      BIGINT      NOT NULL DEFAULT 0,
    crl_next_update TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (hierarchy, level)
);

CREATE TABLE pki_certificate
(
    issuer_id         UUID        NOT NULL REFERENCES pki_authority (id),
    -- at least 64 random bits, lower-case hexadecimal without leading zeros
    serial            TEXT        NOT NULL CHECK (serial ~ '^[0-9a-f]{16,40}$'),
    profile           TEXT        NOT NULL,
    subject           TEXT        NOT NULL,
    holder            TEXT,
    not_before        TIMESTAMPTZ NOT NULL,
    not_after         TIMESTAMPTZ NOT NULL,
    certificate       BYTEA       NOT NULL,
    status            TEXT        NOT NULL DEFAULT 'VALID' CHECK (status IN ('VALID', 'REVOKED')),
    revoked_at        TIMESTAMPTZ,
    revocation_reason INTEGER,
    -- only for keys the platform itself uses (its TLS server key), encrypted like the CA keys;
    -- the keys of people and units are never kept
    private_key       BYTEA,
    created_at        TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (issuer_id, serial)
);
CREATE INDEX pki_certificate_serial_idx ON pki_certificate (serial);
