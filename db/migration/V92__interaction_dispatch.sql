-- 派单目录: which unit answers letters on a topic from a region. A rule without a region
-- (or without a topic) covers every region (topic); the most specific rule proposes the unit.
create table interaction_dispatch_rule (
    id          uuid primary key,
    version     bigint       not null default 0,
    topic       varchar(40),
    region      varchar(40),
    unit_id     uuid         not null,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    constraint interaction_dispatch_rule_some check (topic is not null or region is not null)
);

-- One unit per topic × region (an empty side means "any").
create unique index interaction_dispatch_rule_key_idx
    on interaction_dispatch_rule (coalesce(lower(topic), ''), coalesce(lower(region), ''));

-- The office and the objecting unit both end an assignment: the letter's row lock
-- serialises them, the version catches anything else.
alter table interaction_request_assignment add column version bigint not null default 0;

-- A unit objects (异议) once per letter.
create unique index interaction_assignment_objection_idx
    on interaction_request_assignment (request_id, unit_id) where end_reason = 'OBJECTED';
