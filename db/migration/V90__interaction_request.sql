-- 诉求 (letters of every public door: 领导信箱, 咨询, 投诉, 建议, 留言, 我为政府网站找错) and the
-- units they were routed to. The case-work core keeps their steps, tasks and clocks
-- (casework_case.subject_id = interaction_request.id).
create table interaction_request (
    id                uuid primary key,
    version           bigint       not null default 0,
    number            varchar(20)  not null unique,
    door              varchar(20)  not null,
    topic             varchar(40),
    region            varchar(40),
    -- 领导信箱: the leader written to (their post; the name as it was when written)
    leader_post_id    uuid,
    leader_name       varchar(60),
    title             varchar(200) not null,
    body              text         not null,
    state             varchar(20)  not null,
    -- the writer: a public account, or anonymous (followed by 查询码)
    writer_account_id uuid,
    writer_name       varchar(60),
    writer_phone      varchar(20),
    writer_email      varchar(200),
    -- 身份证号 if given, sealed by identity's cipher; never shown unmasked to others
    writer_id_sealed  text,
    query_code_hash   varchar(100),
    -- the submit form's one-time token: a double-clicked submit makes one request
    submit_token      varchar(64)  unique,
    client_address    varchar(45),
    consent_publish   boolean      not null default false,
    -- why it waits for moderation (sensitive words, links) before 受理
    held_reason       varchar(300),
    case_id           bigint,
    submitted_at      timestamptz  not null,
    accepted_at       timestamptz,
    accepted_by       varchar(100),
    reject_reason     varchar(500),
    -- the unit that must answer now, and the person handling it there
    unit_id           uuid,
    handler_username  varchar(100),
    reply_clock_id    bigint,
    reply_draft       text,
    reply_text        text,
    reply_unit_id     uuid,
    reply_approved_by varchar(100),
    replied_at        timestamptz,
    merged_into       uuid references interaction_request (id),
    escalated_at      timestamptz,
    reopened_at       timestamptz,
    closed_at         timestamptz,
    constraint interaction_request_door check (door in
        ('MAILBOX', 'CONSULTATION', 'COMPLAINT', 'SUGGESTION', 'MESSAGE', 'SITE_ERROR')),
    constraint interaction_request_state check (state in
        ('SCREENING', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'IN_PROGRESS', 'REPLY_REVIEW', 'REPLIED',
         'RATED', 'CLOSED', 'MERGED', 'WITHDRAWN', 'REOPENED')),
    constraint interaction_request_writer check (writer_account_id is not null or query_code_hash is not null)
);

create index interaction_request_state_idx on interaction_request (state, submitted_at);
create index interaction_request_unit_idx on interaction_request (unit_id, state);
create index interaction_request_writer_idx on interaction_request (writer_account_id, submitted_at desc);
create index interaction_request_submitted_idx on interaction_request (submitted_at);

-- Each unit a letter was routed to, and how long it had it: statistics blame the unit that
-- held it, and a unit objects (异议) once per letter.
create table interaction_request_assignment (
    id            bigserial primary key,
    request_id    uuid         not null references interaction_request (id),
    unit_id       uuid         not null,
    assigned_at   timestamptz  not null,
    assigned_by   varchar(100) not null,
    ended_at      timestamptz,
    -- OBJECTED (re-routed after the unit's objection), REASSIGNED (the office moved it),
    -- ANSWERED (the unit's reply was sent)
    end_reason    varchar(20),
    objection     varchar(500),
    constraint interaction_assignment_end check (end_reason is null or end_reason in
        ('OBJECTED', 'REASSIGNED', 'ANSWERED', 'MERGED'))
);

create index interaction_assignment_request_idx on interaction_request_assignment (request_id, assigned_at);
create index interaction_assignment_unit_idx on interaction_request_assignment (unit_id, assigned_at);
create unique index interaction_assignment_open_idx on interaction_request_assignment (request_id)
    where ended_at is null;
