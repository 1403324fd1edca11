-- 网上调查 and 意见征集: surveys and consultations on a draft text, their questions, the
-- answers (one per verified person: a public account or an SMS-verified phone, enforced by
-- the unique voter key), free text held for moderation (the original kept), and the
-- codes sent to phones that verify an answerer without an account.
create table interaction_survey (
    id               uuid primary key,
    version          bigint       not null default 0,
    kind             varchar(20)  not null,
    title            varchar(200) not null,
    description      text         not null default '',
    -- 意见征集: the draft policy text the public comments on
    draft_text       text,
    opens_at         timestamptz  not null,
    closes_at        timestamptz  not null,
    -- DRAFT (editable), PUBLISHED (shown; answers taken between opens_at and closes_at), CLOSED
    state            varchar(20)  not null,
    results_at       timestamptz,
    -- 采纳情况: what was adopted and why, published with a consultation's results
    adoption         text,
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    closed_at        timestamptz,
    constraint interaction_survey_dates check (closes_at > opens_at)
);

create table interaction_survey_question (
    id          uuid primary key,
    survey_id   uuid         not null references interaction_survey (id),
    position    int          not null,
    kind        varchar(20)  not null,
    text        varchar(500) not null,
    required    boolean      not null default true,
    -- choices, one a line (SINGLE, MULTIPLE); answers keep the choice's index
    options     text         not null default '',
    scale_min   int          not null default 1,
    scale_max   int          not null default 5,
    unique (survey_id, position)
);

create table interaction_survey_response (
    id           uuid primary key,
    survey_id    uuid         not null references interaction_survey (id),
    -- account:<uuid> or phone:<keyed hash of the number>: one answer per person and survey
    voter_key    varchar(100) not null,
    account_id   uuid,
    submitted_at timestamptz  not null,
    address      varchar(45),
    constraint interaction_survey_one_answer unique (survey_id, voter_key)
);

create table interaction_survey_answer (
    id             bigserial primary key,
    version        bigint       not null default 0,
    response_id    uuid         not null references interaction_survey_response (id),
    question_id    uuid         not null references interaction_survey_question (id),
    choice         int,
    scale_value    int,
    text           varchar(2000),
    -- free text: PENDING until an editor APPROVES (published_text shown) or HIDES it
    moderation     varchar(20),
    published_text varchar(2000),
    moderated_by   varchar(100),
    moderated_at   timestamptz
);
create index interaction_survey_answer_question on interaction_survey_answer (question_id);
create index interaction_survey_answer_pending on interaction_survey_answer (moderation) where moderation = 'PENDING';

create table interaction_survey_phone_code (
    id             uuid primary key,
    phone_hash     varchar(64)  not null,
    code_hash      varchar(64)  not null,
    created_at     timestamptz  not null,
    expires_at     timestamptz  not null,
    attempts       int          not null default 0,
    used_at        timestamptz,
    requested_from varchar(45)
);
create index interaction_survey_phone_code_phone on interaction_survey_phone_code (phone_hash, created_at);
create index interaction_survey_phone_code_time on interaction_survey_phone_code (created_at);
