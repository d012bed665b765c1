-- returns: the daily aggregates by origin and by destination, summed by calendar month in the same transaction.
-- A figure over a long period (every briefing's cumulative one) reads whole months here and only the days of a
-- first or last month it covers in part from the daily tables, so its cost grows with months, not days.
create table return_month_origin (
    source_code      varchar(20) not null,
    month_start      date        not null,
    category         varchar(20) not null,
    origin_country   varchar(3)  not null,
    origin_adm1_code varchar(32) not null,
    entry_point_code varchar(32) not null,
    persons          bigint      not null,
    primary key (source_code, month_start, category, origin_country, origin_adm1_code, entry_point_code)
);

create table return_month_place (
    source_code varchar(20) not null,
    month_start date        not null,
    category    varchar(20) not null,
    place_code  varchar(32) not null,
    admin_level integer     not null,
    persons     bigint      not null,
    primary key (source_code, month_start, category, place_code)
);
create index return_month_place_level on return_month_place (source_code, admin_level, month_start);

insert into return_month_origin (source_code, month_start, category, origin_country, origin_adm1_code,
                                 entry_point_code, persons)
select source_code, cast(date_trunc('month', cast(returned_on as timestamp)) as date), category, origin_country,
       origin_adm1_code, entry_point_code, sum(persons)
  from return_day_origin
 group by source_code, cast(date_trunc('month', cast(returned_on as timestamp)) as date), category, origin_country,
          origin_adm1_code, entry_point_code;

insert into return_month_place (source_code, month_start, category, place_code, admin_level, persons)
select source_code, cast(date_trunc('month', cast(returned_on as timestamp)) as date), category, place_code,
       max(admin_level), sum(persons)
  from return_day_place
 group by source_code, cast(date_trunc('month', cast(returned_on as timestamp)) as date), category, place_code;
