-- 抢办 and 撤回/退回 need to know a little more than V56 keeps: when a FIRST task was taken
-- (a claimed task belongs to its claimer; a step whose task was claimed can no longer be
-- withdrawn), and the state a step was opened from (撤回 goes back to it).
ALTER TABLE casework_task ADD COLUMN claimed_at TIMESTAMPTZ;
ALTER TABLE casework_step ADD COLUMN from_state TEXT CHECK (length(from_state) BETWEEN 1 AND 40);

-- 委托 running now for a delegator (TaskHolders adds their delegates).
CREATE INDEX casework_delegation_delegator_idx ON casework_delegation (delegator, ends_at);
-- 已办 and 退回 look for the steps of a case in one state.
CREATE INDEX casework_step_case_state_idx ON casework_step (case_id, state, id);

-- A delegation is revoked by its delegator while it may be running: optimistic locking as on
-- the other aggregates.
ALTER TABLE casework_delegation ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
