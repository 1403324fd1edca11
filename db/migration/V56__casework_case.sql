-- 办件与待办: the cases of every module and the tasks people act on. A case type (declared in
-- code by its module) names its states; a step of a case opens one or more tasks; the 待办 list
-- of a person is every open task whose assignee key they reach (their account, one of their
-- current posts, a unit they hold a post in together with a permission, or a permission held
-- anywhere), also through someone who delegated to them.
CREATE TABLE casework_case
(
    id              BIGSERIAL PRIMARY KEY,
    -- the case type's code, e.g. content.article-review; its module's name
    type            TEXT        NOT NULL CHECK (length(type) BETWEEN 1 AND 80),
    module          TEXT        NOT NULL CHECK (length(module) BETWEEN 1 AND 40),
    -- the module's own record, unique per type
    subject_id      TEXT        NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 80),
    title           TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    -- the name of the type's state enum constant
    state           TEXT        NOT NULL CHECK (length(state) BETWEEN 1 AND 40),
    -- the workbench page where the module shows the case
    link            TEXT        NOT NULL CHECK (link ~ '^/[^/]'),
    unit_id         UUID,
    started_by      UUID,
    started_by_name TEXT        NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    closed_at       TIMESTAMPTZ,
    clock_id        BIGINT REFERENCES casework_clock (id),
    version         BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (type, subject_id)
);
CREATE INDEX casework_case_started_by_idx ON casework_case (started_by, started_at DESC);

-- A step: what the case waits for in one state (one decision, 会签 of several, or 抢办). It
-- closes exactly once.
CREATE TABLE casework_step
(
    id         BIGSERIAL PRIMARY KEY,
    case_id    BIGINT      NOT NULL REFERENCES casework_case (id),
    -- the state the case is in while the step is open
    state      TEXT        NOT NULL CHECK (length(state) BETWEEN 1 AND 40),
    kind       TEXT        NOT NULL CHECK (kind IN ('ONE', 'ALL', 'FIRST')),
    status     TEXT        NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'WITHDRAWN', 'RETURNED', 'CANCELLED')),
    opened_by  UUID,
    opened_by_name TEXT    NOT NULL,
    opened_at  TIMESTAMPTZ NOT NULL,
    closed_at  TIMESTAMPTZ,
    -- the decision that closed it (the type's own vocabulary: APPROVE, RETURN …)
    outcome    TEXT,
    clock_id   BIGINT REFERENCES casework_clock (id),
    version    BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX casework_step_case_idx ON casework_step (case_id, id);

CREATE TABLE casework_task
(
    id             BIGSERIAL PRIMARY KEY,
    step_id        BIGINT      NOT NULL REFERENCES casework_step (id),
    -- copied from the case and step, so the 待办 query reads one table
    case_id        BIGINT      NOT NULL REFERENCES casework_case (id),
    module         TEXT        NOT NULL,
    type           TEXT        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    -- who may act: account:<uuid> | post:<uuid> | unit:<uuid>:<permission> | any:<permission>
    assignee       TEXT        NOT NULL CHECK (assignee ~ '^(account|post|unit|any):'),
    assignee_name  TEXT        NOT NULL,
    sent_by        UUID,
    sent_by_name   TEXT        NOT NULL,
    sent_at        TIMESTAMPTZ NOT NULL,
    -- the deadline shown in the 待办 list (the step's or the case's clock)
    clock_id       BIGINT REFERENCES casework_clock (id),
    done_by        UUID,
    done_by_name   TEXT,
    -- 委托: the person the task was done for, when a delegate did it
    done_for_name  TEXT,
    done_at        TIMESTAMPTZ,
    decision       TEXT,
    opinion        TEXT CHECK (length(opinion) <= 2000),
    version        BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX casework_task_open_idx ON casework_task (assignee, id) WHERE status = 'OPEN';
CREATE INDEX casework_task_done_idx ON casework_task (done_by, done_at DESC) WHERE status = 'DONE';
CREATE INDEX casework_task_step_idx ON casework_task (step_id);
CREATE INDEX casework_task_case_idx ON casework_task (case_id);

-- 委托: a person's tasks go to a colleague for a period.
CREATE TABLE casework_delegation
(
    id             BIGSERIAL PRIMARY KEY,
    delegator      UUID        NOT NULL,
    delegator_name TEXT        NOT NULL,
    delegate       UUID        NOT NULL,
    delegate_name  TEXT        NOT NULL,
    starts_at      TIMESTAMPTZ NOT NULL,
    ends_at        TIMESTAMPTZ NOT NULL,
    reason         TEXT        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    revoked_at     TIMESTAMPTZ,
    created_at     TIMESTAMPTZ NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (delegator <> delegate)
);
CREATE INDEX casework_delegation_delegate_idx ON casework_delegation (delegate, ends_at);

-- 办理过程: everything that happened to a case, with each decision's 意见. Never changed.
CREATE TABLE casework_history
(
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT      NOT NULL REFERENCES casework_case (id),
    step_id     BIGINT REFERENCES casework_step (id),
    at          TIMESTAMPTZ NOT NULL,
    actor       UUID,
    actor_name  TEXT        NOT NULL,
    -- 委托: whom the actor acted for
    for_name    TEXT,
    action      TEXT        NOT NULL CHECK (action IN ('STARTED', 'DECIDED', 'CLAIMED', 'WITHDRAWN', 'RETURNED',
                                                       'URGED', 'TRANSITION', 'CLOSED', 'REOPENED')),
    from_state  TEXT,
    to_state    TEXT,
    decision    TEXT,
    opinion     TEXT CHECK (length(opinion) <= 2000)
);
CREATE INDEX casework_history_case_idx ON casework_history (case_id, id);
