-- 导入错误报告: the problems an import of units and staff found, row by row. An import with any
-- problem imports nothing; the report says what to correct.
CREATE TABLE identity_import_problem
(
    job_id     UUID    NOT NULL,
    sheet      TEXT    NOT NULL,
    row_number INTEGER NOT NULL,
    message    TEXT    NOT NULL
);
CREATE INDEX identity_import_problem_job_idx ON identity_import_problem (job_id, sheet, row_number);
