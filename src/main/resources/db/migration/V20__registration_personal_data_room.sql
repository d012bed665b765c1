-- room for the longest personal data a registration may hold: six names of 200 characters in a script of three
-- bytes a character (Devanagari, CJK), a birth date and separators are 3,616 bytes, 3,644 with the nonce and tag
-- of AES-GCM, 4,860 characters in Base64: more than 4,000, so such a row failed to be staged.
alter table registration alter column personal_data set data type varchar(8000);
alter table registration_import_row alter column personal_data set data type varchar(8000);
