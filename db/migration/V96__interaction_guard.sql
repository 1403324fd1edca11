-- Anti-abuse of what the public writes (issue 18): rate-limit counters shared by every
-- instance, spent captcha challenges, and the sensitive words editors keep.

-- One row per kind of attempt (letter, lookup, question, answer), subject (an address's
-- source or an account) and fixed window; one upsert per attempt counts it exactly.
create table interaction_rate_counter (
    kind          varchar(20)  not null,
    subject       varchar(120) not null,
    window_start  timestamptz  not null,
    window_end    timestamptz  not null,
    attempts      integer      not null,
    primary key (kind, subject, window_start)
);

create index interaction_rate_counter_end_idx on interaction_rate_counter (window_end);

-- A captcha challenge is issued without storing anything (its token is signed); once
-- answered, right or wrong, its nonce is kept here until it expires, so it serves once.
create table interaction_captcha_spent (
    nonce       varchar(40)  primary key,
    expires_at  timestamptz  not null
);

create index interaction_captcha_spent_expires_idx on interaction_captcha_spent (expires_at);

-- Words that send a text to moderation (besides those configured in
-- zhengtong.interaction.guard.sensitive-words); kept lower-case.
create table interaction_sensitive_word (
    word      varchar(50)  primary key,
    added_by  varchar(100) not null,
    added_at  timestamptz  not null
);
