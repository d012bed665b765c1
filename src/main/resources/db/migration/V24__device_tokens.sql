-- access: a device token stands for a user on the OpenRosa server only, carried in the URL a phone is pointed at
-- ({base}/openrosa/key/{token}); an API token opens the API only. Same table, same hash, same revocation.
alter table api_token add column purpose varchar(10) default 'api' not null;
