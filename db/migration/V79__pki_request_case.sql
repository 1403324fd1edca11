-- 证书申请 on the case-work core (issue 16): each request keeps its case and the RA operators'
-- approval task, so that a decision always goes through that task (of two operators deciding
-- at once the second is told who decided and when). Requests made before stay without a case
-- until the start-up step (pki PendingRequestCases) opens one for each that is still PENDING,
-- with its deadline counted from when it was submitted; decided ones keep none.
ALTER TABLE pki_request ADD COLUMN case_id bigint, ADD COLUMN approval_task_id bigint;
CREATE INDEX pki_request_pending_without_case ON pki_request (created_at) WHERE status = 'PENDING' AND case_id IS NULL;
