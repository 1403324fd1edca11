-- A request may ask the platform to make the key: it has no CSR; once approved, the holder collects
-- the key and certificate once, as a PKCS#12 file protected by a password they choose. The key is
-- never kept.
ALTER TABLE pki_request ALTER COLUMN csr DROP NOT NULL;
ALTER TABLE pki_request DROP CONSTRAINT pki_request_status_check;
ALTER TABLE pki_request ADD CONSTRAINT pki_request_status_check
    CHECK (status IN ('PENDING', 'APPROVED', 'ISSUED', 'REJECTED'));
