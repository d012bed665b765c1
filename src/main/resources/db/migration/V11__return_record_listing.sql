-- returns: records are listed newest day first, per source, for the people who check and correct them.
create index return_record_day on return_record (source_code, returned_on);
