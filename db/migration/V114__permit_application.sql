-- 网上申报 and 窗口收件 (issue 19, P2a).

-- What pages show of the applicant's identifier: the masked 居民身份证号 (6101**********123X)
-- or the 统一社会信用代码 (public anyway). The full 身份证号, where the case has it (registered
-- at the window), is in applicant_id_sealed; an online citizen's is their account's.
alter table permit_case add column applicant_identifier varchar(18);

-- 办件查询 by 办件编号 + 查询码 is throttled per address (and account) in fixed windows shared by
-- every instance: one upsert per look-up counts it exactly.
create table permit_lookup_counter (
    subject       varchar(120) not null,
    window_start  timestamptz  not null,
    window_end    timestamptz  not null,
    attempts      integer      not null,
    primary key (subject, window_start)
);

create index permit_lookup_counter_end_idx on permit_lookup_counter (window_end);
