-- 一次性告知补正 (行政许可法 art. 32): the one notice per case listing everything the applicant
-- must add, each item one of the guide's materials (its position) or a free-text item, with the
-- reason. The unique case_id is the rule "once": a second notice is refused by the service and,
-- should two clerks send one at the same moment, by this constraint.
create table permit_correction (
    id            bigint generated always as identity primary key,
    version       bigint        not null default 0,
    case_id       bigint        not null unique references permit_case (id),
    noticed_by    varchar(64)   not null,
    noticed_at    timestamptz   not null,
    -- when the last listed material arrived (the case went back to 待受理); art. 32's 5 working
    -- days for 受理 count from here for a corrected case
    completed_at  timestamptz
);

create table permit_correction_item (
    correction_id bigint        not null references permit_correction (id),
    position      int           not null,
    -- the guide material's position (permit_guide_material.position); NULL for a free-text item
    material      int,
    name          varchar(200)  not null,
    reason        varchar(500)  not null,
    primary key (correction_id, position)
);

-- the 待受理 queue and the deemed-acceptance job read SUBMITTED cases by department and receipt
create index permit_case_waiting_idx on permit_case (department_id, submitted_at) where state = 'SUBMITTED';
