-- 审查 → 决定 (issue 19, part A): the reviewer's 审查意见, the leader's decision with its 决定文书号
-- (gap-free per department and year, from the core's counters) and what the decision text states.
alter table permit_case
    -- 审查意见 of the reviewer who sent the case for decision (the latest one, after a return)
    add column review_opinion   text,
    add column reviewed_by      varchar(64),
    add column reviewed_at      timestamptz,
    -- 决定文书号, such as 市监许决〔2026〕12号 (unique within the department: 机关代字 may repeat across units)
    add column decision_number  varchar(60),
    -- the 电子证照 type to issue on an approval: the guide version's licence type at the decision
    -- (NULL: the approval needs no licence, or a refusal)
    add column licence_type     varchar(40),
    -- the art. 38 remedy sentence of a refusal as the decision stated it (复议 60 days, 诉讼 6 months)
    add column decision_remedy  text;

create unique index permit_case_decision_number_idx on permit_case (department_id, decision_number)
    where decision_number is not null;
create index permit_case_review_idx on permit_case (department_id, state, accepted_at) where state in ('ACCEPTED', 'REVIEWED');
