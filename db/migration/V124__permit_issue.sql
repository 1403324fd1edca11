-- 发证 and 办结 (行政许可法 art. 44): an approval with a licence waits in DECIDED until the department's
-- 印章管理员 issues it, within 10 working days of the decision. The case keeps the clock of that limit
-- (started when the decision is taken, stopped on issue) and, once closed, the number of the licence
-- issued for it, which the applicant's case page shows with its files.
alter table permit_case
    add column issue_clock_id bigint,
    add column licence_number varchar(40);

-- 待发证: the department's decided cases, oldest decision first
create index permit_case_issue_idx on permit_case (department_id, decided_at) where state = 'DECIDED';
