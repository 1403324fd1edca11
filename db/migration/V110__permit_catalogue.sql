-- 事项目录: the permit items of each department and their service guides (办事指南). An item is
-- the stable thing (its 事项编码, department, audience, theme); what the public reads and what
-- a case is filed under is a guide version: drafted by the department's 事项管理员, published
-- after review, in force from its publication until the next version is published. A case
-- keeps the guide version it was filed under (permit_case.guide_id).
create table permit_item (
    id            bigint generated always as identity primary key,
    -- 事项编码, unique over the catalogue (e.g. 000105001000-XK-0007)
    code          varchar(40)  not null unique,
    -- the department that accepts and decides (organization unit; for 并联, the lead department)
    department_id uuid         not null,
    -- CITIZEN, ENTERPRISE or BOTH: which account types may apply online
    audience      varchar(16)  not null,
    -- the theme it is listed under on the portal (PermitTheme)
    theme         varchar(32)  not null,
    -- no longer offered (never deleted: cases and publications refer to it)
    withdrawn     boolean      not null default false,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

create index permit_item_department_idx on permit_item (department_id);

create table permit_guide (
    id              bigint generated always as identity primary key,
    item_id         bigint        not null references permit_item (id),
    -- 1, 2, … per item
    revision        int           not null,
    -- DRAFT, SUBMITTED (waiting for review), PUBLISHED (in force), SUPERSEDED, RETURNED
    state           varchar(16)   not null,
    name            varchar(200)  not null,
    name_en         varchar(200),
    -- other names people search for (一行一个), fed to search as synonyms
    synonyms        varchar(1000) not null default '',
    -- 设定依据, 受理条件, 办理流程
    basis           text          not null,
    conditions      text          not null,
    process         text          not null,
    -- SINGLE (art. 42: 20 + 10), JOINT (统一/联合/集中办理: 45 + 15), LOWER_REVIEW (art. 43: 20)
    limit_kind      varchar(16)   not null,
    -- 法定时限 and 承诺时限 in working days (承诺 <= 法定)
    legal_days      int           not null check (legal_days between 1 and 365),
    promised_days   int           not null check (promised_days between 1 and 365),
    -- 收费: NULL is 不收费; with its basis (收费依据)
    fee             varchar(500),
    fee_basis       varchar(500),
    window_address  varchar(300)  not null,
    window_phone    varchar(40)   not null,
    window_hours    varchar(200)  not null,
    -- whether it can be applied for online (网上申报) and whether it is 并联 (several departments)
    online          boolean       not null,
    joint           boolean       not null,
    -- the 电子证照 type issued on approval (NULL: no licence)
    licence_type    varchar(40),
    effective_from  timestamptz,
    effective_to    timestamptz,
    drafted_by      varchar(64)   not null,
    drafted_at      timestamptz   not null,
    submitted_by    varchar(64),
    submitted_at    timestamptz,
    reviewed_by     varchar(64),
    reviewed_at     timestamptz,
    review_note     varchar(500),
    version         bigint        not null default 0,
    unique (item_id, revision),
    check (promised_days <= legal_days)
);

-- one version in force per item
create unique index permit_guide_published_idx on permit_guide (item_id) where state = 'PUBLISHED';

-- 申请材料, in the order the guide lists them
create table permit_guide_material (
    guide_id     bigint        not null references permit_guide (id),
    position     int           not null,
    name         varchar(200)  not null,
    required     boolean       not null,
    -- e.g. 原件1份、复印件1份; 电子材料
    form_note    varchar(200)  not null default '',
    -- 填写说明 or where the material comes from
    note         varchar(1000) not null default '',
    -- files (links): a filled-in sample (样表) and a blank form (空白表格)
    sample_link  uuid,
    blank_link   uuid,
    primary key (guide_id, position)
);

-- the application form's fields, in order
create table permit_guide_field (
    guide_id    bigint        not null references permit_guide (id),
    position    int           not null,
    -- the key the case stores the value under: [a-z][a-z0-9_]*
    field_key   varchar(40)   not null,
    label       varchar(100)  not null,
    label_en    varchar(100),
    -- TEXT, NUMBER, DATE, CHOICE, TABLE
    field_type  varchar(16)   not null,
    required    boolean       not null,
    -- CHOICE: the choices; TABLE: the columns (one per line)
    options     varchar(2000) not null default '',
    -- TEXT: the longest answer; NUMBER: the largest value (NULL: no limit)
    max_value   bigint,
    help        varchar(300)  not null default '',
    primary key (guide_id, position),
    unique (guide_id, field_key)
);

-- 并联审批: the other departments that decide a sub-case each
create table permit_guide_department (
    guide_id      bigint not null references permit_guide (id),
    department_id uuid   not null,
    primary key (guide_id, department_id)
);
