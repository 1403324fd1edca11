-- 并联审批: a main case for the lead department and one sub-case per other department named by
-- the guide (permit_case.main_case_id). A department has at most one sub-case of a main case, so a
-- repeated acceptance event can never open a second one; a sub-case's number is the main's with
-- "-n" (XK2026000123-1), so the main's number stays visible on every list.
create unique index permit_case_joint_department_idx on permit_case (main_case_id, department_id)
    where main_case_id is not null;

alter table permit_case add constraint permit_case_joint_number
    check (main_case_id is null or number like '%-%');
