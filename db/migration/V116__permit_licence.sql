-- 电子证照: a licence issued for a permit case (行政许可法 art. 44). Its number comes from the core's
-- gap-free counter of its licence type (scope permit.licence.<type>, e.g. JY2026000001); its files
-- (the sealed PDF, the detached CMS .p7s over that PDF, the OFD) are in the file store, linked here
-- with their SHA-256, which the public verification page compares an uploaded file against.
create table permit_licence (
    id                   uuid          primary key,
    version              bigint        not null default 0,
    -- LicenceType code: food-business, public-health, road-transport
    type_code            varchar(40)   not null,
    number               varchar(40)   not null unique,
    -- the 办件编号 of the case it was issued for
    case_number          varchar(40)   not null,
    holder_name          varchar(200)  not null,
    -- CITIZEN or ENTERPRISE
    holder_kind          varchar(16)   not null,
    -- a citizen's 身份证号, sealed by identity's cipher (shown masked); NULL for an enterprise
    holder_id_sealed     text,
    -- a citizen's 身份证号 masked (6101**********123X), kept for the public page
    holder_id_masked     varchar(24),
    -- an enterprise's 统一社会信用代码 (public by law, shown in full)
    holder_credit_code   varchar(18),
    -- the licence template's fields, as JSON {"key": "value"}
    fields               text          not null default '{}',
    valid_from           date          not null,
    -- NULL: valid without limit (a type without a validity period)
    valid_to             date,
    department_id        uuid          not null,
    -- the department's names on the issuing day (effective-dated names: later renames do not change them)
    department_name      varchar(200)  not null,
    department_name_en   varchar(200)  not null,
    issued_by            varchar(64)   not null,
    issued_at            timestamptz   not null,
    -- VALID, CANCELLED (已注销) or REVOKED (已撤销); EXPIRED is read from valid_to
    status               varchar(16)   not null,
    status_reason        varchar(500),
    status_changed_by    varchar(64),
    status_changed_at    timestamptz,
    pdf_link             uuid          not null,
    pdf_sha256           varchar(64)   not null,
    p7s_link             uuid          not null,
    p7s_sha256           varchar(64)   not null,
    ofd_link             uuid,
    ofd_sha256           varchar(64),
    -- the serials of the seal certificates that signed the PDF (and the OFD, SM2)
    seal_serial          varchar(64)   not null,
    ofd_seal_serial      varchar(64),
    constraint permit_licence_status check (status in ('VALID', 'CANCELLED', 'REVOKED')),
    constraint permit_licence_holder check (holder_kind in ('CITIZEN', 'ENTERPRISE')),
    constraint permit_licence_status_reason check (status = 'VALID' or status_reason is not null)
);

create index permit_licence_department on permit_licence (department_id, issued_at desc);
create index permit_licence_pdf on permit_licence (pdf_sha256);
create index permit_licence_ofd on permit_licence (ofd_sha256);
create index permit_licence_case on permit_licence (case_number);
