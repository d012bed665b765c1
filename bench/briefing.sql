-- The figures of one briefing (exchange contract, section 4) by hand, straight from the raw ledgers: the current
-- version of every record and event, no aggregate. The baseline of bench/run.sh; pgbench draws the day.
\set day random(6, 1094)
with p as (select date '2016-01-01' + :day as as_of),
returned as (
    select r.category, r.persons, r.returned_on, r.origin_country, r.adm1_code
      from return_record_head h join return_record r on r.id = h.version_id, p
     where h.source_code = 'JCHQ' and not h.voided and r.returned_on <= p.as_of),
events as (
    select e.facility_code, e.status, e.status_on, e.id
      from facility_event_head h join facility_event e on e.id = h.version_id, p
     where h.source_code = 'JCHQ' and not h.voided and e.status_on <= p.as_of),
ordered as (
    select facility_code, status, status_on,
           lag(status) over (partition by facility_code order by status_on, id) as previous,
           row_number() over (partition by facility_code order by status_on desc, id desc) as recency
      from events)
select 'returns' as figure, category as k, sum(persons) as n from returned group by category
union all
select 'in period', '', sum(persons) from returned, p where returned_on > p.as_of - 7
union all
select 'by host country', origin_country, sum(persons) from returned where origin_country is not null
 group by origin_country
union all
select 'by governorate', adm1_code, sum(persons) from returned group by adm1_code
union all
select 'put into operation', f.type_code, count(distinct o.facility_code)
  from ordered o join facility f on f.source_code = 'JCHQ' and f.facility_code = o.facility_code, p
 where o.status = 'IN_OPERATION' and (o.previous is null or o.previous <> 'IN_OPERATION')
   and o.status_on > p.as_of - 7
 group by f.type_code
union all
select 'works under way', f.type_code, count(*)
  from ordered o join facility f on f.source_code = 'JCHQ' and f.facility_code = o.facility_code
 where o.recency = 1 and o.status = 'WORKS_UNDER_WAY'
 group by rollup (f.type_code)
union all
select 'settlements with works', '', count(distinct f.settlement_code)
  from ordered o join facility f on f.source_code = 'JCHQ' and f.facility_code = o.facility_code
 where o.recency = 1 and o.status = 'WORKS_UNDER_WAY';
