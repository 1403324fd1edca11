-- 双公示 / 网上公布: the public record of an administrative permit (行政许可) or penalty (行政处罚)
-- decision, published on the portal's 结果公示 within 7 working days of the decision
-- (国办发〔2016〕33号 / 发改办财金〔2018〕424号) and exported in the national credit-information
-- format (信用中国 双公示 data items: 行政相对人名称, 行政相对人类别, 行政相对人代码_1 (统一社会信用代码),
-- 法定代表人, 证件类型, 证件号码, 决定文书名称/号, 许可类别 / 处罚类别, 许可证书名称, 许可编号,
-- 违法行为类型, 违法事实, 处罚依据, 许可内容 / 处罚内容, 罚款金额, 没收违法所得、没收非法财物的金额,
-- 暂扣或吊销证照名称及编号, 决定日期, 有效期自/至, 公示截止期, 许可机关 / 处罚机关 and its code,
-- 当前状态, 数据来源单位 and its code, 备注). A wrong record is withdrawn with a reason, never deleted.
create table permit_publication (
    id                     bigint generated always as identity primary key,
    version                bigint        not null default 0,
    -- PERMIT (行政许可) or PENALTY (行政处罚)
    kind                   varchar(8)    not null,
    -- PUBLISHED or WITHDRAWN
    state                  varchar(10)   not null,
    -- 行政相对人类别: LEGAL_PERSON (法人及非法人组织), INDIVIDUAL_BUSINESS (个体工商户), NATURAL_PERSON (自然人)
    counterpart_kind       varchar(20)   not null,
    -- the full name, for staff; never selected by a public query
    counterpart_name       varchar(200)  not null,
    -- what the public sees: an organisation's full name, a natural person's masked (张*三)
    counterpart_public_name varchar(200) not null,
    -- 行政相对人代码_1 (统一社会信用代码, GB 32100), for organisations and 个体工商户
    credit_code            varchar(18),
    legal_representative   varchar(60),
    -- a natural person's 身份证号: sealed (identity's key) and masked for display
    id_number_sealed       text,
    id_number_masked       varchar(18),
    document_name          varchar(200)  not null,
    document_number        varchar(100)  not null,
    -- 许可类别 (普通/特许/认可/核准/登记/其他) or 处罚类别 (警告/罚款/…)
    category               varchar(40)   not null,
    licence_name           varchar(200),
    licence_number         varchar(100),
    violation_type         varchar(200),
    violation_facts        varchar(4000),
    legal_basis            varchar(2000),
    content                varchar(4000) not null,
    -- amounts in yuan; the credit format shows 万元
    fine_amount            numeric(18, 2),
    confiscated_amount     numeric(18, 2),
    suspended_licence      varchar(300),
    decision_date          date          not null,
    valid_from             date,
    valid_to               date,
    -- 公示截止期 (penalties)
    publicity_until        date,
    -- the deciding department, its name and credit code as they were on the decision date
    department_id          uuid          not null,
    department_name        varchar(200)  not null,
    department_credit_code varchar(18),
    -- a decision of a permit case on the platform (NULL for one entered by hand)
    case_id                bigint        references permit_case (id),
    case_number            varchar(40),
    remark                 varchar(1000),
    -- decision date + 7 working days (calendar)
    due_on                 date          not null,
    published_at           timestamptz   not null,
    published_by           varchar(64)   not null,
    withdrawn_at           timestamptz,
    withdrawn_by           varchar(64),
    withdraw_reason        varchar(500),
    constraint permit_publication_kind check (kind in ('PERMIT', 'PENALTY')),
    constraint permit_publication_state check (state in ('PUBLISHED', 'WITHDRAWN')),
    constraint permit_publication_counterpart check (counterpart_kind in ('LEGAL_PERSON', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON')),
    constraint permit_publication_code check (counterpart_kind = 'NATURAL_PERSON' or credit_code is not null),
    constraint permit_publication_person check (counterpart_kind <> 'NATURAL_PERSON' or id_number_sealed is not null),
    constraint permit_publication_withdrawn check (state = 'PUBLISHED' or withdraw_reason is not null),
    constraint permit_publication_amounts check ((fine_amount is null or fine_amount >= 0)
        and (confiscated_amount is null or confiscated_amount >= 0))
);

-- one record per permit case's decision (a withdrawn one may be published again)
create unique index permit_publication_case on permit_publication (case_id) where case_id is not null and state = 'PUBLISHED';
create index permit_publication_public on permit_publication (state, decision_date desc, id desc);
create index permit_publication_department on permit_publication (department_id, decision_date desc);
