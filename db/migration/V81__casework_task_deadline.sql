-- 待办 speed: the deadline lives on the task row. The inbox sorted a person's open tasks by
-- their clock's due date, which cost one look-up into casework_clock per task (10^4 of them
-- for a busy person: ~100 ms, docs/benchmarks.md). Each task now carries its clock's due_at,
-- warn_at and state, so the sort, the colour and the colour filter read one index.
--
-- Kept in step by the database, whoever writes: a task takes its clock's values when it is
-- inserted (or reopened, or given another clock), and a change of a clock's due_at, warn_at
-- or state is written to its open tasks in the same statement, hence the same transaction
-- (the JPA entities, the recompute job and any later SQL alike). A closed task keeps what
-- its clock said while it was open. The colour itself stays worked out at read time from
-- the platform clock's now (RED now > due_at, YELLOW now >= warn_at, PAUSED/STOPPED by state).
ALTER TABLE casework_task
    ADD COLUMN due_at      TIMESTAMPTZ,
    ADD COLUMN warn_at     TIMESTAMPTZ,
    ADD COLUMN clock_state TEXT CHECK (clock_state IN ('RUNNING', 'PAUSED', 'STOPPED'));

UPDATE casework_task t
SET due_at = k.due_at, warn_at = k.warn_at, clock_state = k.state
FROM casework_clock k
WHERE k.id = t.clock_id;

-- Copied from the clock, all or nothing.
ALTER TABLE casework_task ADD CONSTRAINT casework_task_clock_copy_check CHECK (
    (clock_id IS NULL) = (clock_state IS NULL) AND (clock_state IS NULL) = (due_at IS NULL)
    AND (due_at IS NULL) = (warn_at IS NULL));

-- A task takes its clock's values. FOR SHARE: a clock changed by a concurrent transaction
-- waits for this one to commit (its trigger then sees this task), or this one reads the
-- committed change; never a task with the values of before.
CREATE FUNCTION casework_task_copy_clock() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    IF NEW.clock_id IS NULL THEN
        NEW.due_at := NULL;
        NEW.warn_at := NULL;
        NEW.clock_state := NULL;
    ELSE
        SELECT k.due_at, k.warn_at, k.state
        INTO NEW.due_at, NEW.warn_at, NEW.clock_state
        FROM casework_clock k
        WHERE k.id = NEW.clock_id
        FOR SHARE;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER casework_task_clock_on_insert
    BEFORE INSERT ON casework_task
    FOR EACH ROW
    WHEN (NEW.clock_id IS NOT NULL OR NEW.due_at IS NOT NULL OR NEW.warn_at IS NOT NULL OR NEW.clock_state IS NOT NULL)
EXECUTE FUNCTION casework_task_copy_clock();

CREATE TRIGGER casework_task_clock_on_update
    BEFORE UPDATE OF clock_id, status ON casework_task
    FOR EACH ROW
    WHEN (NEW.clock_id IS DISTINCT FROM OLD.clock_id OR (NEW.status = 'OPEN' AND OLD.status <> 'OPEN'))
EXECUTE FUNCTION casework_task_copy_clock();

-- A clock's new dates or state reach its open tasks.
CREATE FUNCTION casework_clock_to_tasks() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    UPDATE casework_task
    SET due_at = NEW.due_at, warn_at = NEW.warn_at, clock_state = NEW.state
    WHERE clock_id = NEW.id AND status = 'OPEN';
    RETURN NULL;
END
$$;

CREATE TRIGGER casework_clock_to_tasks
    AFTER UPDATE OF due_at, warn_at, state ON casework_clock
    FOR EACH ROW
    WHEN (NEW.due_at IS DISTINCT FROM OLD.due_at OR NEW.warn_at IS DISTINCT FROM OLD.warn_at
        OR NEW.state IS DISTINCT FROM OLD.state)
EXECUTE FUNCTION casework_clock_to_tasks();

-- The trigger above (and TaskRecords) find a clock's open tasks.
CREATE INDEX casework_task_clock_idx ON casework_task (clock_id) WHERE status = 'OPEN';

-- The 待办 page: a person's open tasks over their keys, already in deadline order within each
-- key, with everything the sort, the colour and the filters need; a top-N sort merges the
-- keys without visiting a table row. Replaces V60's casework_task_inbox_idx; the clock
-- colour index of V60 served only the join that is gone. The badge counts on V56's narrow
-- casework_task_open_idx.
DROP INDEX casework_task_inbox_idx;
DROP INDEX casework_clock_colour_idx;
CREATE INDEX casework_task_inbox_idx ON casework_task (assignee, due_at, sent_at, id)
    INCLUDE (warn_at, clock_state, module, type)
    WHERE status = 'OPEN';
