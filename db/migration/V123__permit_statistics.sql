-- 电子监察 statistics (issue 19, part D): the figures of permit cases per department, item and
-- month of receipt (收件, or for a 并联 sub-case its acceptance; the platform's zone), kept in step
-- so the statistics page, its export and /performance read a few thousand rows instead of every
-- case. What each figure counts is written on the page (permit.supervision.def.*):
--   received          main and single cases received (a sub-case is part of its main case's application)
--   received_online   of those, received online (网上申报) rather than at the window (窗口收件)
--   accepted          cases accepted (受理), sub-cases included
--   decided           cases decided (准予 or 不予许可)
--   decided_on_time   decided no later than the 承诺 clock's due instant
--   decided_days      the working days from acceptance to decision, summed (the start day not counted)
--   overdue           cases a 红牌 was raised for (a clock went past its due date while running)
create table permit_statistics_month (
    department_id   uuid    not null,
    item_id         bigint  not null,
    month           date    not null,
    received        integer not null,
    received_online integer not null,
    accepted        integer not null,
    decided         integer not null,
    decided_on_time integer not null,
    decided_days    bigint  not null,
    overdue         integer not null,
    primary key (department_id, item_id, month)
);

create index permit_statistics_month_idx on permit_statistics_month (month, department_id);

-- Cases whose figures changed since the summary was last brought up to date. Triggers mark them
-- whatever code changed the rows; reading the statistics first recomputes the cells (department,
-- item, month) of the marked cases from the raw tables, in one statement. A case's cell never
-- changes once it has one (department, item and receipt are set once), so the marked cases'
-- current cells are all the cells to recompute.
create table permit_statistics_stale (
    case_id bigint not null
);

-- the cases of a cell, for recomputing it
create index permit_case_cell_idx on permit_case (department_id, item_id, (coalesce(submitted_at, accepted_at)));

-- 工作日 as an index: the working days from 2000-01-03 (a Monday) up to and including d, by the
-- calendar (Monday to Friday unless calendar_day says HOLIDAY; a WORKDAY row is a weekend day
-- worked). The working days after a and up to b (民法典 art. 201: the start day not counted) are
-- permit_working_day_index(b) - permit_working_day_index(a); the same count as
-- CalendarManagement.workingDaysBetween.
create function permit_working_day_index(d date) returns bigint language sql stable as $$
    select ((d - date '2000-01-03') / 7) * 5 + least((d - date '2000-01-03') % 7 + 1, 5)
        - (select count(*) from calendar_day
           where kind = 'HOLIDAY' and day >= date '2000-01-03' and day <= d and extract(isodow from day) < 6)
        + (select count(*) from calendar_day
           where kind = 'WORKDAY' and day >= date '2000-01-03' and day <= d)
$$;

create function permit_statistics_mark_case() returns trigger language plpgsql as $$
begin
    insert into permit_statistics_stale (case_id) values (new.id);
    return null;
end $$;

create trigger permit_statistics_case
    after insert or update of state, channel, submitted_at, accepted_at, decided_at, promised_clock_id, main_case_id,
        number
    on permit_case
    for each row execute function permit_statistics_mark_case();

-- a red card makes the case 超期
create function permit_statistics_mark_warning() returns trigger language plpgsql as $$
begin
    if new.level = 'RED' then
        insert into permit_statistics_stale (case_id) values (new.case_id);
    end if;
    return null;
end $$;

create trigger permit_statistics_warning
    after insert on permit_warning
    for each row execute function permit_statistics_mark_warning();

-- on time is judged against the 承诺 clock's due instant, which moves with pauses, extensions and
-- calendar changes
create function permit_statistics_mark_clock() returns trigger language plpgsql as $$
begin
    insert into permit_statistics_stale (case_id)
    select c.id from permit_case c where c.promised_clock_id = new.id;
    return null;
end $$;

create trigger permit_statistics_clock
    after update of due_at on casework_clock
    for each row when (old.due_at is distinct from new.due_at)
    execute function permit_statistics_mark_clock();

-- a calendar edit changes the working days of the decided cases whose span covers the day (a day
-- either side: the span's days are in the platform's zone)
create function permit_statistics_mark_calendar() returns trigger language plpgsql as $$
declare
    changed date[];
    one date;
begin
    if tg_op = 'INSERT' then
        changed := array[new.day];
    elsif tg_op = 'DELETE' then
        changed := array[old.day];
    else
        changed := array[old.day, new.day];
    end if;
    foreach one in array changed loop
        insert into permit_statistics_stale (case_id)
        select c.id from permit_case c
        where c.decided_at is not null and c.accepted_at < one + 2 and c.decided_at >= one - 1;
    end loop;
    return null;
end $$;

create trigger permit_statistics_calendar
    after insert or update or delete on calendar_day
    for each row execute function permit_statistics_mark_calendar();

-- every case already received is counted at the first reading
insert into permit_statistics_stale (case_id) select id from permit_case where number is not null;
