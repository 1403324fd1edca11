-- 证书申请: a staff member asks for a certificate (PKCS#10 CSR); an RA operator who is neither the
-- requester nor the holder approves it (the certificate is issued at once) or rejects it with a reason.
CREATE TABLE pki_request
(
    id          UUID PRIMARY KEY,
    requester   TEXT        NOT NULL,
    holder      TEXT        NOT NULL,
    profile     TEXT        NOT NULL,
    subject     TEXT        NOT NULL,
    csr         BYTEA       NOT NULL,
    status      TEXT        NOT NULL CHECK (status IN ('PENDING', 'ISSUED', 'REJECTED')),
    decided_by  TEXT,
    decided_at  TIMESTAMPTZ,
    reason      TEXT,
    serial      TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    CHECK (decided_by IS NULL OR (decided_by <> requester AND decided_by <> holder))
);
CREATE INDEX pki_request_pending_idx ON pki_request (created_at) WHERE status = 'PENDING';
CREATE INDEX pki_request_holder_idx ON pki_request (holder, created_at);
CREATE INDEX pki_certificate_holder_idx ON pki_certificate (holder);
