-- The administrators' second factor (issue 15, H2). An administrator (三员) who has once held a
-- login certificate signs in with certificate and password from then on (pki_certificate keeps
-- every certificate ever issued, revoked and expired ones included: that history is the record).
-- One who lost theirs (revoked, expired) gets a new one through the RA: an RA operator who is not
-- the administrator verifies their identity in person and opens a re-enrolment window, during
-- which the password alone signs them in to ask for the new certificate. The window closes when a
-- new login certificate is issued to them or when it runs out.
CREATE TABLE pki_reenrolment
(
    id         UUID PRIMARY KEY,
    holder     TEXT        NOT NULL,
    opened_by  TEXT        NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    open_until TIMESTAMPTZ NOT NULL CHECK (open_until > opened_at)
);
CREATE INDEX pki_reenrolment_holder_idx ON pki_reenrolment (lower(holder), open_until);
CREATE INDEX pki_certificate_holder_lower_idx ON pki_certificate (lower(holder), profile);
