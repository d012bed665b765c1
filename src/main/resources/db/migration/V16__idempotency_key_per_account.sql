-- An Idempotency-Key belongs to the account that sent it: two accounts may use the same key, each for its own
-- import. The key's column is made anew (dropping it drops its unique constraint, whatever the database named
-- it) and unique per importing account.
alter table return_import add column request_key varchar(200);
update return_import set request_key = idempotency_key;
alter table return_import drop column idempotency_key;
alter table return_import rename column request_key to idempotency_key;
alter table return_import add constraint return_import_key unique (imported_by, idempotency_key);

alter table facility_import add column request_key varchar(200);
update facility_import set request_key = idempotency_key;
alter table facility_import drop column idempotency_key;
alter table facility_import rename column request_key to idempotency_key;
alter table facility_import add constraint facility_import_key unique (imported_by, idempotency_key);
