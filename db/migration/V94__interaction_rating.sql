-- 好差评 (国办发〔2019〕51号): invitations to rate a service someone received (a letter's reply,
-- later a permit), the ratings themselves — five levels, one per rated subject, enforced here —
-- and the rectification (整改) each 差评 opens: verified and rectified within 15 working days,
-- closed by a recorded follow-up (回访). The case-work core keeps the rectification's task and
-- clock (casework_case.subject_id = interaction_rectification.id).
create table interaction_rating_invitation (
    id               uuid primary key,
    -- what is rated: the owning module's record ('interaction.request', letter id …)
    subject_type     varchar(60)  not null,
    subject_id       varchar(100) not null,
    -- the unit that served, and the service as the 评议 page groups it
    unit_id          uuid         not null,
    service_code     varchar(60)  not null,
    service_name     varchar(100) not null,
    service_name_en  varchar(100) not null,
    title            varchar(300) not null,
    -- the public account invited, if the person has one
    rater_account_id uuid,
    invited_at       timestamptz  not null,
    constraint interaction_rating_invitation_subject unique (subject_type, subject_id)
);

create table interaction_rating (
    id              uuid primary key,
    invitation_id   uuid         not null unique references interaction_rating_invitation (id),
    subject_type    varchar(60)  not null,
    subject_id      varchar(100) not null,
    unit_id         uuid         not null,
    service_code    varchar(60)  not null,
    -- 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意
    level           smallint     not null,
    comment         varchar(500),
    rated_by        varchar(100) not null,
    rated_at        timestamptz  not null,
    -- each subject is rated once (每次服务只评一次)
    constraint interaction_rating_once unique (subject_type, subject_id),
    constraint interaction_rating_level check (level between 1 and 5)
);

create index interaction_rating_unit_idx on interaction_rating (unit_id, rated_at);
create index interaction_rating_service_idx on interaction_rating (service_code, rated_at);

create table interaction_rectification (
    id               uuid primary key,
    version          bigint       not null default 0,
    -- one rectification per 差评
    rating_id        uuid         not null unique references interaction_rating (id),
    unit_id          uuid         not null,
    case_id          bigint,
    clock_id         bigint,
    state            varchar(20)  not null,
    opened_at        timestamptz  not null,
    -- 核实情况, 整改措施, and the follow-up call or visit (回访) that closes it
    finding          varchar(2000),
    complaint_valid  boolean,
    measures         varchar(2000),
    follow_up_on     date,
    follow_up_way    varchar(20),
    follow_up_result varchar(2000),
    closed_by        varchar(100),
    closed_at        timestamptz,
    constraint interaction_rectification_state check (state in ('OPEN', 'CLOSED')),
    constraint interaction_rectification_way check (follow_up_way is null
        or follow_up_way in ('PHONE', 'SMS', 'VISIT', 'EMAIL')),
    constraint interaction_rectification_closed check (state = 'OPEN' or (closed_at is not null
        and follow_up_on is not null and follow_up_way is not null and follow_up_result is not null
        and finding is not null and measures is not null))
);

create index interaction_rectification_unit_idx on interaction_rectification (unit_id, state, opened_at);
