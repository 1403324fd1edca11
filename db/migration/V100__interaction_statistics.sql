-- Letter statistics per unit and month (办理情况统计). Each unit is counted for its own time with a
-- letter (interaction_request_assignment), in the month the letter reached it (the platform's
-- zone); a unit that objected, or from which the office moved or merged the letter, is not charged.
-- The time-independent figures are kept here per unit and month so that the workbench page and
-- /performance read a few hundred rows instead of every letter; the open letters' figures
-- (still open, open past due) depend on the hour and are counted live from the open assignments.
create table interaction_statistics_month (
    unit_id         uuid    not null,
    month           date    not null,
    received        integer not null,
    -- objected (异议), moved (改派) or merged: not charged to the unit
    not_charged     integer not null,
    answered        integer not null,
    answered_on_time integer not null,
    answered_late   integer not null,
    rated           integer not null,
    -- 非常满意, 满意, 基本满意
    satisfied       integer not null,
    -- 差评: 不满意, 非常不满意
    bad             integer not null,
    -- 差评 whose rectification was closed by a recorded 回访
    rectified       integer not null,
    primary key (unit_id, month)
);

-- Letters whose figures changed since the summary was last brought up to date. Triggers mark
-- them whatever code changed the rows (routing, objection, reply, 改派, 合并, rating,
-- rectification, a restarted reply clock); reading the statistics first recomputes the
-- (unit, month) cells of the marked letters from the raw tables, in one statement.
create table interaction_statistics_stale (
    request_id uuid not null
);

create function interaction_statistics_mark_assignment() returns trigger language plpgsql as $$
begin
    insert into interaction_statistics_stale (request_id) values (new.request_id);
    return null;
end $$;

create trigger interaction_statistics_assignment
    after insert or update on interaction_request_assignment
    for each row execute function interaction_statistics_mark_assignment();

create function interaction_statistics_mark_request() returns trigger language plpgsql as $$
begin
    insert into interaction_statistics_stale (request_id) values (new.id);
    return null;
end $$;

create trigger interaction_statistics_request
    after update of reply_clock_id on interaction_request
    for each row when (old.reply_clock_id is distinct from new.reply_clock_id)
    execute function interaction_statistics_mark_request();

-- a letter's rating's subject is the letter id, or "<id>:2" for the reply after a 重办
create function interaction_statistics_mark_rating() returns trigger language plpgsql as $$
begin
    if new.subject_type = 'interaction.request' then
        insert into interaction_statistics_stale (request_id) values (split_part(new.subject_id, ':', 1)::uuid);
    end if;
    return null;
end $$;

create trigger interaction_statistics_rating
    after insert or update on interaction_rating
    for each row execute function interaction_statistics_mark_rating();

create function interaction_statistics_mark_rectification() returns trigger language plpgsql as $$
begin
    insert into interaction_statistics_stale (request_id)
    select split_part(r.subject_id, ':', 1)::uuid from interaction_rating r
    where r.id = new.rating_id and r.subject_type = 'interaction.request';
    return null;
end $$;

create trigger interaction_statistics_rectification
    after insert or update on interaction_rectification
    for each row execute function interaction_statistics_mark_rectification();

-- every letter routed before this migration is counted at the first reading
insert into interaction_statistics_stale (request_id) select distinct request_id from interaction_request_assignment;

-- 我为政府网站找错 and per-door figures by submission date
create index interaction_request_door_idx on interaction_request (door, submitted_at);
