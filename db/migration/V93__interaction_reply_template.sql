-- 答复模板: texts a unit's handlers start their replies from, per door, with placeholders
-- ({编号} {标题} {来信人} {来信日期} {承办单位}); the unit's leaders (interaction.approve) keep them.
-- Retired, never deleted: a reply once drafted from one keeps its words anyway.
create table interaction_reply_template (
    id          bigserial primary key,
    version     bigint       not null default 0,
    unit_id     uuid         not null,
    door        varchar(20)  not null,
    name        varchar(60)  not null,
    body        text         not null,
    active      boolean      not null default true,
    updated_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    constraint interaction_reply_template_door check (door in
        ('MAILBOX', 'CONSULTATION', 'COMPLAINT', 'SUGGESTION', 'MESSAGE', 'SITE_ERROR')),
    constraint interaction_reply_template_body check (length(body) between 1 and 5000),
    constraint interaction_reply_template_name check (length(name) between 1 and 60)
);

create index interaction_reply_template_unit_idx on interaction_reply_template (unit_id, door) where active;

-- 催办: a letter's reply clock turned yellow (DUE_SOON) or red (OVERDUE) while a unit held it;
-- its handler and the unit's leaders were urged once for each, whatever the sweep redelivers.
create table interaction_request_urge (
    request_id  uuid        not null references interaction_request (id),
    clock_id    bigint      not null,
    level       varchar(10) not null,
    unit_id     uuid        not null,
    urged_at    timestamptz not null,
    primary key (request_id, clock_id, level),
    constraint interaction_request_urge_level check (level in ('DUE_SOON', 'OVERDUE'))
);
