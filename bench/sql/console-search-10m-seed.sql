-- Console search at national scale (docs/benchmarks.md, "Console search at 10 million packages"): fills the
-- package and delivery tables of a database on which the axis's own migrations V1..V25 have been applied
-- (bench/sql/console-search-10m.sh applies them with psql, then runs this file, then times V26):
--   psql -h 127.0.0.1 -p 5499 -U postgres -d search10m -v packages=10000000 -f console-search-10m-seed.sql
-- ScaleLoader's distribution, generated in SQL: :packages packages spread evenly over 3 years ending now, half
-- from 100 hot senders (agencies 0..99 of NationalDirectory), the rest from 100,000 agencies; 1-3 copies each,
-- never to the sender, never twice to one agency, each copy half the time to a hot agency; copies of the last 30
-- days AVAILABLE, older ones ACKED. Agency codes, axis ids, DocumentIds, subjects as ScaleLoader writes them;
-- the random draws are PostgreSQL's (setseed), not ScaleLoader's SplittableRandom. Not written: events, chain,
-- intake keys, verification reports (the measured reads do not touch them).
-- The secondary indexes of package and delivery (whatever the migrations created) are dropped, the rows loaded
-- into truncated tables (no WAL with wal_level=minimal) and the indexes rebuilt from their own definitions.
\set ON_ERROR_STOP on
\timing on
select setseed(0.15);

create or replace function pg_temp.agency(i integer) returns text language sql immutable as $$
    select lpad((i / 10000 % 1000)::text, 3, '0') || '.' || lpad((i / 100 % 100)::text, 2, '0') || '.'
        || lpad((i % 100)::text, 2, '0') || '.H' || lpad((1 + i % 63)::text, 2, '0') $$;
create or replace function pg_temp.axis_id(i bigint) returns text language sql immutable as $$
    select lpad(to_hex(i >> 32), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i & 4294967295), 12, '0') $$;
-- a non-hot agency, distinct for distinct j < 99: the fallback when a draw repeats the sender or a copy
create or replace function pg_temp.fallback(i bigint, j integer) returns integer language sql immutable as $$
    select (100 + (i * 7919 + j * 1009) % 99900)::integer $$;

drop table if exists seed_plan;
create unlogged table seed_plan as
select i, at, s, n, r1, r2,
       case when r3 not in (s, r1, r2) then r3
            when pg_temp.fallback(i, 6) not in (s, r1, r2) then pg_temp.fallback(i, 6)
            when pg_temp.fallback(i, 7) not in (s, r1, r2) then pg_temp.fallback(i, 7)
            when pg_temp.fallback(i, 8) not in (s, r1, r2) then pg_temp.fallback(i, 8)
            else pg_temp.fallback(i, 9) end as r3
from (select i, at, s, n, r1, r3,
             case when r2 not in (s, r1) then r2
                  when pg_temp.fallback(i, 3) not in (s, r1) then pg_temp.fallback(i, 3)
                  when pg_temp.fallback(i, 4) not in (s, r1) then pg_temp.fallback(i, 4)
                  else pg_temp.fallback(i, 5) end as r2
      from (select i, at, s, n, r2, r3,
                   case when r1 <> s then r1 when pg_temp.fallback(i, 1) <> s then pg_temp.fallback(i, 1)
                        else pg_temp.fallback(i, 2) end as r1
            from (select i, now() - interval '1095 days' + i * (interval '1095 days' / :packages) as at,
                         case when random() < 0.5 then floor(random() * 100) else floor(random() * 100000) end::int as s,
                         1 + floor(random() * 3)::int as n,
                         case when random() < 0.5 then floor(random() * 100) else floor(random() * 100000) end::int as r1,
                         case when random() < 0.5 then floor(random() * 100) else floor(random() * 100000) end::int as r2,
                         case when random() < 0.5 then floor(random() * 100) else floor(random() * 100000) end::int as r3
                  from generate_series(0, :packages - 1) i offset 0) a offset 0) b offset 0) c;

create temp table seed_index as
select indexname, indexdef from pg_indexes i
where schemaname = 'public' and tablename in ('package', 'delivery')
  and not exists (select 1 from pg_constraint c where c.conname = i.indexname);
select indexdef from seed_index order by indexname;

begin;
do $$ declare r record; begin
    for r in select indexname from seed_index loop execute format('drop index %I', r.indexname); end loop;
end $$;
truncate package, delivery cascade;
insert into package (axis_id, kind, from_code, document_id, business_type, subject, sha256, size_bytes, blob_key, api,
                     received_at)
select pg_temp.axis_id(i), 'document', pg_temp.agency(s), pg_temp.agency(s) || ',' || i, 0,
       'Công văn số ' || i || ' về việc thử tải', md5(i::text) || md5((-i)::text), 140000,
       md5(i::text) || md5((-i)::text), 'rest', at
from seed_plan;
insert into delivery (axis_id, recipient_code, route, state, attempts, generation, ack_reason, created_at, updated_at,
                      fetched_at, completed_at)
select pg_temp.axis_id(p.i), pg_temp.agency(v.r), 'local-pull', case when h then 'ACKED' else 'AVAILABLE' end, 0, 0,
       case when h then 'đã xử lý' end, p.at, case when h then p.at + interval '2 hours' else p.at end,
       case when h then p.at + interval '1 hour' end, case when h then p.at + interval '2 hours' end
from (select *, at < now() - interval '30 days' as h from seed_plan) p
     cross join lateral (values (1, p.r1), (2, p.r2), (3, p.r3)) v(k, r)
where v.k <= p.n;
commit;

do $$ declare r record; t timestamptz; begin
    for r in select indexname, indexdef from seed_index order by indexname loop
        t := clock_timestamp();
        execute r.indexdef;
        raise notice '% built in % s', r.indexname, round(extract(epoch from clock_timestamp() - t)::numeric, 1);
    end loop;
end $$;
drop table seed_plan;
vacuum (analyze) package;
vacuum (analyze) delivery;
select count(*) as packages from package;
select count(*) as copies, count(*) filter (where state = 'AVAILABLE') as available from delivery;
select pg_size_pretty(pg_database_size(current_database())) as database,
       pg_size_pretty(pg_total_relation_size('package')) as package, pg_size_pretty(pg_total_relation_size('delivery')) as delivery;
