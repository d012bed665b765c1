-- geography: the country's administrative tree (OCHA p-codes), entry points and camps, as one table of places.
-- path holds the codes from the country down to the place ('SY/SY02/SY0200/'), so "everything under X" is a
-- prefix match; admin_level is 0 (country) to 4 (community), null for entry points and camps.
create table place (
    code          varchar(32)  not null primary key,
    kind          varchar(20)  not null,
    admin_level   integer,
    parent_code   varchar(32)  references place (code),
    path          varchar(200) not null,
    name_en       varchar(200) not null,
    name_ar       varchar(200),
    name_ru       varchar(200),
    entry_kind    varchar(20),
    faces_country char(3),
    latitude      decimal(9, 6),
    longitude     decimal(9, 6),
    note          varchar(500),
    constraint place_kind_known check (kind in ('COUNTRY', 'GOVERNORATE', 'DISTRICT', 'SUB_DISTRICT', 'COMMUNITY',
                                               'ENTRY_POINT', 'CAMP')),
    constraint place_entry_kind_known check (entry_kind is null
        or entry_kind in ('LAND_CROSSING', 'AIRPORT', 'SEA_PORT', 'IDP_CHECKPOINT'))
);

create unique index place_path on place (path);
create index place_parent on place (parent_code);
create index place_kind on place (kind, admin_level);
