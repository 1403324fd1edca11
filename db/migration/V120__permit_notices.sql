-- Written notices of a permit case (行政许可法 arts. 32, 38, 42, 45): 受理通知书, 补正告知书,
-- 不予受理决定书, 延期通知书, 中止告知书, 准予/不予行政许可决定书. Each is a PDF laid out at the step
-- under the department's name of that day, then sealed with the department's hosted seal by one
-- of its seal keepers in a certificate session: at once when the person acting is one, otherwise
-- it waits in the 用印 step (AWAITING_SEAL, a task in the keepers' 待办; seal_case_id is that core
-- case). The applicant downloads a notice only once SEALED.
create table permit_notice (
    id            bigint generated always as identity primary key,
    version       bigint        not null default 0,
    case_id       bigint        not null references permit_case (id),
    department_id uuid          not null,
    -- ACCEPTANCE, CORRECTION, REJECTION, EXTENSION, SUSPENSION, APPROVAL, REFUSAL
    kind          varchar(16)   not null,
    state         varchar(16)   not null,
    unit_name     varchar(200)  not null,
    dated_on      date          not null,
    pdf           bytea         not null,
    seal_case_id  bigint,
    sha256        varchar(64),
    seal_serial   varchar(64),
    sealed_by     varchar(64),
    sealed_at     timestamptz,
    created_at    timestamptz   not null,
    constraint permit_notice_kind check (kind in
        ('ACCEPTANCE', 'CORRECTION', 'REJECTION', 'EXTENSION', 'SUSPENSION', 'APPROVAL', 'REFUSAL')),
    constraint permit_notice_state check (state in ('AWAITING_SEAL', 'SEALED')),
    constraint permit_notice_sealed check
        ((state = 'SEALED') = (sealed_at is not null and sha256 is not null and seal_serial is not null)),
    constraint permit_notice_sha256 check (sha256 is null or sha256 ~ '^[0-9a-f]{64}$')
);
create index permit_notice_case_idx on permit_notice (case_id);
-- the 用印 list of a department
create index permit_notice_waiting_idx on permit_notice (department_id, created_at) where state = 'AWAITING_SEAL';

-- 延期 (art. 42): the head of the department extends the legal limit once; the unique case_id is
-- the rule "once" (should two leaders extend at the same moment, the constraint refuses one).
create table permit_extension (
    id            bigint generated always as identity primary key,
    case_id       bigint        not null unique references permit_case (id),
    days          int           not null check (days > 0),
    reason        varchar(500)  not null,
    due_before    date          not null,
    due_after     date          not null,
    extended_by   varchar(64)   not null,
    extended_at   timestamptz   not null
);

-- 中止 (art. 45): hearing, testing, expert review… — both clocks stand still from suspended_at
-- to resumed_at. At most one open suspension per case (the partial unique index).
create table permit_suspension (
    id            bigint generated always as identity primary key,
    version       bigint        not null default 0,
    case_id       bigint        not null references permit_case (id),
    kind          varchar(16)   not null,
    reason        varchar(500)  not null,
    expected_days int           not null check (expected_days between 1 and 365),
    suspended_by  varchar(64)   not null,
    suspended_at  timestamptz   not null,
    resumed_by    varchar(64),
    resumed_at    timestamptz,
    constraint permit_suspension_kind check (kind in
        ('HEARING', 'TENDER', 'AUCTION', 'INSPECTION', 'TESTING', 'QUARANTINE', 'APPRAISAL', 'EXPERT_REVIEW')),
    constraint permit_suspension_resumed check ((resumed_at is null) = (resumed_by is null))
);
create unique index permit_suspension_open_idx on permit_suspension (case_id) where resumed_at is null;
create index permit_suspension_case_idx on permit_suspension (case_id, suspended_at);
