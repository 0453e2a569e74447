-- Benchmark 4 of issue 7: a year (2025) of rollups for the whole registered fleet, generated directly in SQL so that
-- the report and dashboard queries can be timed at Heerlen scale without recomputing 480 million readings first.
-- Generated: energy_day for every cumulative channel of every meter in service on the day; measurement_quarter_hour
-- for the instantaneous channels the dashboards chart over a year (school inverters' pv_power, Mijnwater supply and
-- return temperatures); energy_quarter_hour for the school inverters. Values follow the season; they are plausible
-- in size, not simulated physics. Rows that already exist (from a real backfill) are kept.
\timing on
insert into energy_day (meter_id, channel, day, day_start, energy, measured_seconds, estimated_seconds)
select m.id, c.channel, d::date, d::timestamp at time zone 'Europe/Amsterdam',
       case c.channel
         when 'pv_energy' then coalesce(m.capacity_kwp, 1) * (0.4 + 4.2 * sin(pi() * extract(doy from d) / 366) ^ 2)
         when 'heat_energy' then 60 * (1.1 + cos(2 * pi() * extract(doy from d) / 366))
         when 'cold_energy' then 15 * (1.1 - cos(2 * pi() * extract(doy from d) / 366))
         when 'volume' then 2.5
         when 'electricity_import' then 9 + 4 * cos(2 * pi() * extract(doy from d) / 366)
         when 'electricity_export' then 3 * sin(pi() * extract(doy from d) / 366) ^ 2
         else 3 * (1.05 + cos(2 * pi() * extract(doy from d) / 366)) end * (0.9 + 0.2 * random()),
       extract(epoch from ((d + interval '1 day')::timestamp at time zone 'Europe/Amsterdam')
                          - (d::timestamp at time zone 'Europe/Amsterdam')), 0
from meter m
join (values ('pv_inverter', 'pv_energy'), ('pv_optimizer', 'pv_energy'), ('heat_meter', 'heat_energy'),
             ('heat_meter', 'cold_energy'), ('heat_meter', 'volume'), ('electricity_meter', 'electricity_import'),
             ('electricity_meter', 'electricity_export'), ('gas_meter', 'gas_volume')) c(kind, channel) on c.kind = m.kind
cross join generate_series(date '2025-01-01', date '2025-12-31', interval '1 day') d
where coalesce(m.commissioned_on, date '2000-01-01') <= d and (m.decommissioned_on is null or m.decommissioned_on > d)
on conflict do nothing;

insert into measurement_quarter_hour (meter_id, channel, bucket_start, avg_value, min_value, max_value, samples)
select m.id, c.channel, q,
       v, v * 0.9, v * 1.1, 1
from meter m
join (values ('pv_inverter', 'pv_power'), ('heat_meter', 'supply_temp'), ('heat_meter', 'return_temp')) c(kind, channel)
  on c.kind = m.kind
cross join generate_series(timestamptz '2025-01-01 00:00+01', timestamptz '2025-12-31 23:45+01', interval '15 minutes') q
cross join lateral (select case c.channel
    when 'pv_power' then greatest(0, coalesce(m.capacity_kwp, 1) * 0.8 * sin(pi() * (extract(hour from q) + extract(minute from q) / 60 - 5) / 16))
    when 'supply_temp' then 18 + 2 * random() else 12 + 2 * random() end as v) x
where coalesce(m.commissioned_on, date '2000-01-01') <= q::date
on conflict do nothing;

insert into energy_quarter_hour (meter_id, channel, bucket_start, energy, measured_seconds, estimated_seconds)
select m.id, 'pv_energy', q,
       greatest(0, m.capacity_kwp * 0.2 * sin(pi() * (extract(hour from q) + extract(minute from q) / 60 - 5) / 16)), 900, 0
from meter m
cross join generate_series(timestamptz '2025-01-01 00:00+01', timestamptz '2025-12-31 23:45+01', interval '15 minutes') q
where m.kind = 'pv_inverter' and coalesce(m.commissioned_on, date '2000-01-01') <= q::date
on conflict do nothing;
-- vacuum as autovacuum would have by then: index-only scans need the visibility map
vacuum (analyze) energy_day; vacuum (analyze) energy_month; vacuum (analyze) measurement_quarter_hour; vacuum (analyze) energy_quarter_hour;
select 'energy_day' as rollup, count(*) from energy_day
union all select 'measurement_quarter_hour', count(*) from measurement_quarter_hour
union all select 'energy_quarter_hour', count(*) from energy_quarter_hour;
