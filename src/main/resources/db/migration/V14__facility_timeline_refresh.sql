-- reconstruction: the facilities whose timelines a write recomputes, listed in its transaction and read back
-- with joins, so that a write of a million events is brought in step with set-based statements instead of lists
-- of codes sent one chunk at a time. Emptied by the same transaction.
create table facility_timeline_refresh (
    import_id     bigint       not null,
    source_code   varchar(20)  not null,
    facility_code varchar(100) not null,
    primary key (import_id, source_code, facility_code)
);

-- The events a write applied, found without reading the whole ledger.
create index facility_event_import on facility_event (import_id);
