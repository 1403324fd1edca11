-- 工作日历: Monday to Friday are working days unless calendar_day says otherwise; a HOLIDAY row is a
-- day off (statutory holiday, including the weekend days inside it), a WORKDAY row a weekend day
-- worked instead (调休上班). Each year is CONFIRMED once the State Council's schedule is entered, or
-- PROVISIONAL (暂定) until then: deadlines reaching into it are shown as provisional.
CREATE TABLE calendar_year
(
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    status     TEXT        NOT NULL CHECK (status IN ('CONFIRMED', 'PROVISIONAL')),
    source     TEXT,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT        NOT NULL
);

CREATE TABLE calendar_day
(
    day        DATE PRIMARY KEY,
    kind       TEXT        NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name       TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by TEXT        NOT NULL DEFAULT 'system',
    -- A working day needs no row; only a weekend day can be worked instead.
    CHECK (kind = 'HOLIDAY' OR extract(isodow FROM day) IN (6, 7))
);

-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
INSERT INTO calendar_year (year, status, source, updated_at, updated_by)
VALUES (2026, 'CONFIRMED', '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', now(), 'system');
INSERT INTO calendar_day (day, kind, name) VALUES
    ('2026-01-01', 'HOLIDAY', '元旦'),
    ('2026-01-02', 'HOLIDAY', '元旦'),
    ('2026-01-03', 'HOLIDAY', '元旦'),
    ('2026-02-15', 'HOLIDAY', '春节'),
    ('2026-02-16', 'HOLIDAY', '春节'),
    ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'),
    ('2026-02-19', 'HOLIDAY', '春节'),
    ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-21', 'HOLIDAY', '春节'),
    ('2026-02-22', 'HOLIDAY', '春节'),
    ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-04-04', 'HOLIDAY', '清明节'),
    ('2026-04-05', 'HOLIDAY', '清明节'),
    ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'),
    ('2026-05-02', 'HOLIDAY', '劳动节'),
    ('2026-05-03', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'),
    ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-06-19', 'HOLIDAY', '端午节'),
    ('2026-06-20', 'HOLIDAY', '端午节'),
    ('2026-06-21', 'HOLIDAY', '端午节'),
    ('2026-09-25', 'HOLIDAY', '中秋节'),
    ('2026-09-26', 'HOLIDAY', '中秋节'),
    ('2026-09-27', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'),
    ('2026-10-02', 'HOLIDAY', '国庆节'),
    ('2026-10-03', 'HOLIDAY', '国庆节'),
    ('2026-10-04', 'HOLIDAY', '国庆节'),
    ('2026-10-05', 'HOLIDAY', '国庆节'),
    ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2026-01-04', 'WORKDAY', '元旦调休上班'),
    ('2026-02-14', 'WORKDAY', '春节调休上班'),
    ('2026-02-28', 'WORKDAY', '春节调休上班'),
    ('2026-05-09', 'WORKDAY', '劳动节调休上班'),
    ('2026-09-20', 'WORKDAY', '国庆节调休上班'),
    ('2026-10-10', 'WORKDAY', '国庆节调休上班');

-- 2027: the State Council usually publishes the schedule in November or December of the year
-- before. Until an administrator enters it, the year is provisional: weekends only, no guesses.
INSERT INTO calendar_year (year, status, source, updated_at, updated_by)
VALUES (2027, 'PROVISIONAL', NULL, now(), 'system');
