-- sources: the organisations whose figures Homeward records. Every figure names one.
-- primary_slot is 'P' for the instance's primary source and null otherwise: a unique column that allows many
-- nulls keeps "at most one primary source" true on H2 and PostgreSQL alike (no partial index on H2).
create table source (
    code          varchar(20)  not null primary key,
    name          varchar(200) not null,
    kind          varchar(20)  not null,
    primary_slot  char(1)      unique,
    registered_at timestamp with time zone not null,
    registered_by varchar(100) not null,
    constraint source_kind_known check (kind in ('HEADQUARTERS', 'UN_AGENCY', 'NGO', 'GOVERNMENT', 'OTHER')),
    constraint source_primary_slot check (primary_slot is null or primary_slot = 'P')
);

insert into source (code, name, kind, primary_slot, registered_at, registered_by) values
    ('JCHQ', 'Joint Coordination Headquarters for the return of refugees', 'HEADQUARTERS', 'P',
     timestamp with time zone '2018-07-18 00:00:00+00', 'system'),
    ('UNHCR', 'Office of the United Nations High Commissioner for Refugees', 'UN_AGENCY', null,
     timestamp with time zone '2018-07-18 00:00:00+00', 'system'),
    ('OCHA', 'United Nations Office for the Coordination of Humanitarian Affairs', 'UN_AGENCY', null,
     timestamp with time zone '2018-07-18 00:00:00+00', 'system'),
    ('IOM', 'International Organization for Migration', 'UN_AGENCY', null,
     timestamp with time zone '2018-07-18 00:00:00+00', 'system');
