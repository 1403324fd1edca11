-- 办件: an application for a permit item, online (网上申报) or received at the window (窗口收件),
-- from its draft to 办结. The case-work core keeps its steps, tasks and clocks
-- (casework_case.subject_id = permit_case.id); the case keeps the guide version it was filed under.
create table permit_case (
    id                bigint generated always as identity primary key,
    version           bigint        not null default 0,
    -- 办件编号, gap-free per year (row-locked counter), taken on submission (NULL while a draft)
    number            varchar(40)   unique,
    item_id           bigint        not null references permit_item (id),
    guide_id          bigint        not null references permit_guide (id),
    -- the department that handles it: the item's department, or for a 并联 sub-case its own
    department_id     uuid          not null,
    -- 并联审批: a sub-case's main case (NULL for a main or single case)
    main_case_id      bigint        references permit_case (id),
    -- ONLINE or WINDOW
    channel           varchar(8)    not null,
    -- PermitCaseState
    state             varchar(16)   not null,
    -- the applicant: CITIZEN (身份证号) or ENTERPRISE (统一社会信用代码)
    applicant_kind    varchar(16)   not null,
    -- the public account that applied online (NULL at the window without an account)
    applicant_account_id uuid,
    applicant_name    varchar(200)  not null,
    -- 身份证号 or 统一社会信用代码, sealed by identity's cipher; shown masked
    applicant_id_sealed text,
    contact_name      varchar(60),
    contact_phone     varchar(20),
    contact_email     varchar(200),
    -- 查询码 (stored hashed), for following the case without an account
    query_code_hash   varchar(100),
    -- the answers to the guide's form fields, as JSON ({"key": value, "table": [[...]]})
    form_values       text          not null default '{}',
    -- the submit form's one-time token: a double-clicked submit makes one case
    submit_token      varchar(64)   unique,
    -- the window clerk who registered a counter application
    registered_by     varchar(64),
    created_at        timestamptz   not null,
    -- when the complete application reached the department (收件): art. 32's 5 days run from here
    submitted_at      timestamptz,
    accepted_at       timestamptz,
    accepted_by       varchar(64),
    -- accepted by law (art. 32): nobody acted within 5 working days of receipt
    deemed_accepted   boolean       not null default false,
    reject_reason     varchar(1000),
    -- APPROVED or REFUSED, with the reasons (a refusal needs them: art. 38)
    decision          varchar(16),
    decision_reasons  text,
    decided_at        timestamptz,
    decided_by        varchar(64),
    closed_at         timestamptz,
    casework_case_id  bigint,
    -- the two clocks of an accepted case: 承诺 (the guide's promise) and 法定 (the law's limit)
    promised_clock_id bigint,
    legal_clock_id    bigint,
    constraint permit_case_channel check (channel in ('ONLINE', 'WINDOW')),
    constraint permit_case_state check (state in
        ('DRAFT', 'SUBMITTED', 'CORRECTION', 'ACCEPTED', 'REVIEWED', 'DECIDED', 'CLOSED', 'REJECTED', 'WITHDRAWN')),
    constraint permit_case_kind check (applicant_kind in ('CITIZEN', 'ENTERPRISE')),
    constraint permit_case_decision check (decision is null or decision in ('APPROVED', 'REFUSED')),
    constraint permit_case_numbered check (state = 'DRAFT' or number is not null)
);

create index permit_case_department_idx on permit_case (department_id, state);
create index permit_case_applicant_idx on permit_case (applicant_account_id, created_at desc);
create index permit_case_main_idx on permit_case (main_case_id) where main_case_id is not null;
create index permit_case_submitted_idx on permit_case (submitted_at);

-- the materials handed in, each for one of the guide's materials (its position), stored in files
create table permit_case_material (
    id             bigint generated always as identity primary key,
    case_id        bigint        not null references permit_case (id),
    -- the guide material's position (permit_guide_material.position)
    material       int           not null,
    -- files link of the stored file
    file_link      uuid          not null,
    file_name      varchar(255)  not null,
    -- APPLICATION (with the application) or CORRECTION (after the 补正 notice)
    stage          varchar(16)   not null,
    uploaded_by    varchar(64)   not null,
    uploaded_at    timestamptz   not null,
    -- a later upload for the same material replaces this one (kept for the record)
    replaced       boolean       not null default false,
    constraint permit_case_material_stage check (stage in ('APPLICATION', 'CORRECTION'))
);

create index permit_case_material_case_idx on permit_case_material (case_id);
