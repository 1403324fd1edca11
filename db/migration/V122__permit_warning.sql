-- 电子监察 (issue 19, part D): a warning is kept when a permit case's 承诺 or 法定 clock turns
-- yellow (黄牌, 80 % of the committed time used) or red (红牌, overdue). Append-only: a warning's
-- facts never change and the row never disappears; the one change allowed is its resolution,
-- set once (the case was decided or ended, the clock's colour moved back after a calendar
-- change or an extension, or a red card replaced the yellow one). The application's role may
-- not DELETE or TRUNCATE it, and a trigger refuses any other change, the owner's included.
create table permit_warning (
    id             bigint generated always as identity primary key,
    case_id        bigint       not null references permit_case (id),
    -- the department whose case it is (a 并联 sub-case's own department)
    department_id  uuid         not null,
    -- the case-work clock (permit_case.promised_clock_id or legal_clock_id)
    clock_id       bigint       not null,
    -- the 法定 clock (false: the 承诺 clock)
    legal          boolean      not null,
    -- YELLOW (黄牌) or RED (红牌)
    level          varchar(8)   not null,
    -- the clock's last day and instant when the warning was raised
    due_day        date         not null,
    due_at         timestamptz  not null,
    raised_at      timestamptz  not null,
    -- set once: when and why the warning stopped being open
    resolved_at    timestamptz,
    -- DECIDED (决定), ENDED (办结 / 不予受理 / 撤回), ESCALATED (升级为红牌), RECOMPUTED (期限重新计算或延期后不再预警),
    -- STOPPED (期限停止计时)
    resolution     varchar(16),
    constraint permit_warning_level check (level in ('YELLOW', 'RED')),
    constraint permit_warning_resolution check (
        (resolved_at is null and resolution is null)
        or (resolved_at is not null and resolution in ('DECIDED', 'ENDED', 'ESCALATED', 'RECOMPUTED', 'STOPPED')))
);

-- one open warning per clock and colour, however often the sweep's event is delivered
create unique index permit_warning_open_idx on permit_warning (clock_id, level) where resolved_at is null;
create index permit_warning_case_idx on permit_warning (case_id);
create index permit_warning_department_idx on permit_warning (department_id, raised_at);

-- the clocks are looked up by id when the sweep reports one
create index permit_case_promised_clock_idx on permit_case (promised_clock_id) where promised_clock_id is not null;
create index permit_case_legal_clock_idx on permit_case (legal_clock_id) where legal_clock_id is not null;

create function permit_warning_guard() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'permit_warning is append-only: % refused', tg_op;
    end if;
    if old.resolved_at is not null then
        raise exception 'permit_warning %: already resolved', old.id;
    end if;
    if new.resolved_at is null
        or (new.id, new.case_id, new.department_id, new.clock_id, new.legal, new.level, new.due_day, new.due_at,
            new.raised_at)
           is distinct from
           (old.id, old.case_id, old.department_id, old.clock_id, old.legal, old.level, old.due_day, old.due_at,
            old.raised_at) then
        raise exception 'permit_warning %: only the resolution may be set', old.id;
    end if;
    return new;
end $$;

create trigger permit_warning_append_only
    before update or delete on permit_warning
    for each row execute function permit_warning_guard();

create trigger permit_warning_no_truncate
    before truncate on permit_warning
    for each statement execute function permit_warning_guard();

do
$$
    declare
        app text := '${appRole}';
    begin
        if exists (select 1 from pg_roles where rolname = app) and app <> current_user then
            execute format('REVOKE DELETE, TRUNCATE ON permit_warning FROM %I', app);
        end if;
    end
$$;
