-- reconstruction: what the figures read instead of the events. Derived from the current versions of the status
-- events in the transaction that changes them, so a figure reads rows in proportion to days and types, not to
-- the number of facilities or events.

-- A facility's status over time: one row per run of equal statuses, from the day it was entered until the day
-- the next status was (open when it is the latest). Type and places copied from the facility, which never moves.
create table facility_span (
    source_code     varchar(20)  not null,
    facility_code   varchar(100) not null,
    seq             integer      not null,
    status          varchar(20)  not null,
    from_day        date         not null,
    to_day          date,
    type_code       varchar(40)  not null,
    settlement_code varchar(32)  not null,
    adm1_code       varchar(32)  not null,
    primary key (source_code, facility_code, seq)
);
create index facility_span_entered on facility_span (source_code, status, from_day);
create index facility_span_settlement on facility_span (source_code, settlement_code);

-- When a settlement had at least one facility with works under way.
create table facility_settlement_works (
    source_code     varchar(20) not null,
    settlement_code varchar(32) not null,
    from_day        date        not null,
    to_day          date,
    primary key (source_code, settlement_code, from_day)
);

-- Day by day, how many more (or fewer) facilities had works under way: by type (dimension 'T', key the type
-- code), by governorate ('G', key the p-code), and how many more settlements had any ('S', key ''). The count
-- on a day is the sum of the changes up to it.
create table facility_works_change (
    source_code varchar(20) not null,
    changed_on  date        not null,
    dimension   char(1)     not null,
    dimension_key varchar(40) not null,
    delta       bigint      not null,
    primary key (source_code, changed_on, dimension, dimension_key)
);

-- One row per source, locked by every write of the source's facility events, so that two imports touching the
-- same settlement recompute its history one after the other.
create table facility_figures_lock (
    source_code varchar(20) not null primary key
);
