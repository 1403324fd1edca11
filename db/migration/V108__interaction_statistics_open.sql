-- Letter statistics: the open letters per unit, month and due time, so that reading the figures
-- no longer counts the open letters from the raw tables (at 10^6 letters that live count cost the
-- office's page of every unit more than a second). Which of them are past due depends on the
-- hour; it is read from here as the rows whose due time is before the instant of reading. The
-- rows of a cell (unit, month) are rewritten with the cell's other figures when one of its
-- letters is marked as changed (V100).
create table interaction_statistics_open (
    unit_id uuid        not null,
    month   date        not null,
    -- the reply clock's due time (NULL: a letter without a reply clock is never past due)
    due_at  timestamptz,
    open    integer     not null
);

create index interaction_statistics_open_cell_idx on interaction_statistics_open (unit_id, month);

-- A letter's due time moves while it is open when its reply clock is worked out again (a
-- changed calendar: ClockRecompute), whatever code does it; the letter is then marked as
-- changed like any other. The statistics already read casework_clock's due_at for the
-- on-time figures; this is the one place they follow it.
create index interaction_request_reply_clock_idx on interaction_request (reply_clock_id)
    where reply_clock_id is not null;

create function interaction_statistics_mark_clock() returns trigger language plpgsql as $$
begin
    insert into interaction_statistics_stale (request_id)
    select q.id from interaction_request q where q.reply_clock_id = new.id;
    return null;
end $$;

create trigger interaction_statistics_clock
    after update of due_at on casework_clock
    for each row when (old.due_at is distinct from new.due_at)
    execute function interaction_statistics_mark_clock();

-- the open letters of every cell are written at the next reading
insert into interaction_statistics_stale (request_id)
select distinct request_id from interaction_request_assignment where ended_at is null;
