-- briefing: how many times each ledger the briefing reads has changed. Writers bump their ledger's row in their own
-- transaction, so figures computed under one count stay exact until the next count; a briefing asked again meanwhile
-- is answered without reading the ledgers. The rows exist from the start: a bump is a plain update, never an insert
-- that two first writers could race for.
create table briefing_ledger_change (
    ledger  varchar(20) not null primary key,
    changes bigint      not null
);
insert into briefing_ledger_change (ledger, changes) values ('returns', 0), ('reconstruction', 0), ('situation', 0);
