-- 在线访谈: interviews with the leaders of a unit, announced (预告), live (直播中) and archived
-- (已结束); the questions the public sends (held until an editor approves them, the original
-- kept beside the text shown) and the transcript editors write line by line and publish one
-- by one. Lines are numbered in the order they are published (published_seq), so a page
-- polling for lines "after the last one it has" misses none.
create table interaction_interview (
    id           uuid primary key,
    version      bigint       not null default 0,
    title        varchar(200) not null,
    title_en     varchar(300),
    summary      text         not null,
    summary_en   text,
    starts_at    timestamptz  not null,
    state        varchar(20)  not null,
    -- an optional stream from the configured media origin: a player page (iframe), video or audio
    media_kind   varchar(10),
    media_url    varchar(500),
    -- the picture: a link in files (owner type interaction.interview)
    picture_link uuid,
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    opened_at    timestamptz,
    ended_at     timestamptz,
    constraint interaction_interview_state check (state in ('ANNOUNCED', 'LIVE', 'ENDED')),
    constraint interaction_interview_media check (
        (media_kind is null and media_url is null)
        or (media_kind in ('PLAYER', 'VIDEO', 'AUDIO') and media_url is not null))
);

create index interaction_interview_starts_idx on interaction_interview (state, starts_at desc);

-- 嘉宾: the leaders of a unit, their name and post as text as they were on the day.
create table interaction_interview_guest (
    interview_id uuid         not null references interaction_interview (id),
    position     int          not null,
    unit_id      uuid         not null,
    name         varchar(60)  not null,
    post         varchar(100) not null,
    primary key (interview_id, position)
);

create table interaction_interview_question (
    id               uuid primary key,
    version          bigint       not null default 0,
    interview_id     uuid         not null references interaction_interview (id),
    -- a signed-in public account, or an anonymous visitor who gave a name
    asker_account_id uuid,
    asker_name       varchar(60)  not null,
    -- what was sent, never changed; the text shown is the moderated one
    original         text         not null,
    shown_text       text,
    state            varchar(20)  not null,
    held_reason      varchar(300),
    client_address   varchar(45),
    asked_at         timestamptz  not null,
    moderated_by     varchar(100),
    moderated_at     timestamptz,
    answered_at      timestamptz,
    constraint interaction_interview_question_state check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    constraint interaction_interview_question_shown check (state <> 'APPROVED' or shown_text is not null)
);

create index interaction_interview_question_idx on interaction_interview_question (interview_id, state, asked_at);

create sequence interaction_interview_line_published_seq;

create table interaction_interview_line (
    id            uuid primary key,
    version       bigint       not null default 0,
    interview_id  uuid         not null references interaction_interview (id),
    speaker       varchar(100) not null,
    text          text         not null,
    -- the approved question this line answers, if any
    question_id   uuid references interaction_interview_question (id),
    written_by    varchar(100) not null,
    written_at    timestamptz  not null,
    published_seq bigint unique,
    published_by  varchar(100),
    published_at  timestamptz
);

create index interaction_interview_line_idx on interaction_interview_line (interview_id, published_seq);
