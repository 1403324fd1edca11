-- 事项导入: what a spreadsheet import of items found wrong, by sheet, row and column, kept for the
-- importer's error report (the import itself imported nothing: all or nothing).
create table permit_import_problem (
    id          bigint generated always as identity primary key,
    job_id      uuid          not null,
    sheet       varchar(40)   not null,
    -- the row number as Excel shows it (the heading is row 1)
    row_number  int           not null,
    -- the column's heading, e.g. 承诺时限
    column_name varchar(40)   not null,
    message     varchar(500)  not null
);

create index permit_import_problem_job_idx on permit_import_problem (job_id, id);
