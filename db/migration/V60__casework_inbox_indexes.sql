-- 待办: the inbox sorts a person's open tasks by their clock's due date before it shows a page of
-- 20. With these two covering indexes that sort reads indexes only (no visit to the task or clock
-- rows of the thousands of tasks not shown); the module and type let the filters and the filter
-- choices do the same. Measured in docs/benchmarks.md (bench/inbox.sh), with and without them.
CREATE INDEX casework_task_inbox_idx ON casework_task (assignee) INCLUDE (id, clock_id, sent_at, module, type)
    WHERE status = 'OPEN';
CREATE INDEX casework_clock_colour_idx ON casework_clock (id) INCLUDE (due_at, warn_at, state);
