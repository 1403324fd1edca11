-- 回复公开: letters whose writers agreed to publish them, with their replies, as the public reads
-- them. The text here is the moderated copy (ID and phone numbers masked when it is made, then
-- edited by the participation editors); the letter's original stays in interaction_request.
-- Hiding keeps the entry. The answering unit's name is the one it had on the day of the answer.
create table interaction_board_entry (
    request_id    uuid primary key references interaction_request (id),
    version       bigint       not null default 0,
    number        varchar(20)  not null unique,
    door          varchar(20)  not null,
    title         varchar(200) not null,
    body          text         not null,
    reply         text         not null,
    unit_id       uuid         not null,
    unit_name     varchar(200) not null,
    received_on   date         not null,
    answered_on   date         not null,
    published_at  timestamptz  not null,
    hidden        boolean      not null default false,
    hidden_reason varchar(300),
    edited_by     varchar(100),
    edited_at     timestamptz
);

create index interaction_board_public_idx on interaction_board_entry (answered_on desc, number desc) where not hidden;
create index interaction_board_unit_idx on interaction_board_entry (unit_id, answered_on desc);
