-- Changes that reach open sessions (issue 15, H2). Every session remembers, from its login, the
-- two stamps of its account; the session guard compares them with these on each request (one
-- primary-key lookup) on every instance:
--   security_stamp  password (every route), deactivation, certificate-only, "sign out everywhere":
--                   the account's other sessions end;
--   authority_stamp roles and their data scope, the 编制 unit: the session's authorities are
--                   reloaded from the database.
ALTER TABLE identity_account
    ADD COLUMN security_stamp  BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN authority_stamp BIGINT NOT NULL DEFAULT 0;

-- Sessions opened before this version carry no stamps and would escape the guard: they end, and
-- everyone signs in once more after the upgrade.
DELETE FROM spring_session;
