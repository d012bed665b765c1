-- field collection (exchange contract, section 6): each submission received, by the source it counts for and its
-- instanceID, with the form it filled and how many records it stands in (the members of a household), so that one
-- sent again is known as a correction and a household that lost a member retracts that member's registration.
-- The records themselves live in their ledgers.
create table collect_submission (
    source_code       varchar(20)  not null,
    instance_id       varchar(100) not null,
    form_id           varchar(64)  not null,
    records           integer      not null,
    first_received_at timestamp with time zone not null,
    received_at       timestamp with time zone not null,
    received_by       varchar(100) not null,
    primary key (source_code, instance_id),
    constraint collect_submission_records check (records >= 0)
);
