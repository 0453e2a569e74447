-- The last dashboard panels that read a year of day rows or repeated a year's work (issue 7, benchmark 4), in month
-- form: the coverage per group and month, and the measured renewable energy of many years in one pass.

-- Coverage of the primary channel per meter group and Amsterdam month of the days [p_first, p_end): the seconds
-- measured while each meter was in service, and the seconds it was in service up to now. The same sums as the
-- Datakwaliteit panel's day query (every meter in service on a day, its day row of that day) taken over the month.
-- Months wholly in service read the month rollup; the range's edge days and the days of a month in which a meter
-- came or went are read as days, so a meter's data from before its commissioning is not counted, as by day.
create function grafana.coverage_by_month(p_first date, p_end date)
returns table (month_start timestamptz, group_name text, measured_seconds double precision,
               service_seconds double precision)
-- Security definer: reads the rollup tables without the views' per-row household check (grafana.meter_info has left
-- the homes out already) and returns sums per group only. Planned on its own, with JIT off: compiling the plan took
-- seconds, longer than running it.
language sql stable security definer set search_path = pg_catalog, public set jit = off as $$
    with meters as (
        select m.meter_id, m.group_name, m.primary_channel,
               coalesce(m.commissioned_on, '-infinity'::date) as c, coalesce(m.decommissioned_on, 'infinity'::date) as d
        from grafana.meter_info m
    ), months as (
        -- whole: the month lies inside the range and is read from energy_month
        select g::date as month, greatest(g::date, p_first) as lo, least((g + interval '1 month')::date, p_end) as hi,
               g::date >= p_first and (g + interval '1 month')::date <= p_end as whole
        from generate_series(date_trunc('month', p_first::timestamp), p_end - 1, interval '1 month') g
    ), service as (
        -- Few distinct service periods (meters are commissioned in batches): the seconds are computed per period.
        select mo.month, p.group_name,
               sum(p.meters * greatest(0, extract(epoch from
                   least(least(mo.hi, p.d)::timestamp at time zone 'Europe/Amsterdam', now())
                   - (greatest(mo.lo, p.c)::timestamp at time zone 'Europe/Amsterdam')))) as seconds
        from (select group_name, c, d, count(*) as meters from meters group by 1, 2, 3) p
        join months mo on greatest(mo.lo, p.c) < least(mo.hi, p.d)
        group by 1, 2
    ), measured as (
        -- whole months in which the meter was in service throughout
        select mo.month, me.group_name, e.measured_seconds
        from months mo
        join energy_month e on e.month = mo.month
        join meters me on me.meter_id = e.meter_id and me.primary_channel = e.channel
        where mo.whole and me.c <= mo.month and me.d >= mo.hi
          and e.channel in ('pv_energy', 'heat_energy', 'electricity_import', 'gas_volume')
        union all
        -- the in-service days of the partial months at the range's edges (as in grafana.energy_span)
        select date_trunc('month', e.day)::date, me.group_name, e.measured_seconds
        from energy_day e
        join meters me on me.meter_id = e.meter_id and me.primary_channel = e.channel
        where e.day >= me.c and e.day < me.d
          and e.channel in ('pv_energy', 'heat_energy', 'electricity_import', 'gas_volume')
          and ((e.day >= p_first and e.day < least(grafana.first_month_from(p_first), p_end))
               or (e.day >= greatest(date_trunc('month', p_end::timestamp)::date, grafana.first_month_from(p_first))
                   and e.day < p_end))
        union all
        -- the in-service days of whole months in which the meter came or went
        select mo.month, me.group_name, x.measured_seconds
        from meters me
        join months mo on mo.whole and ((me.c > mo.month and me.c < mo.hi) or (me.d > mo.month and me.d < mo.hi))
        cross join lateral (
            select sum(e.measured_seconds) as measured_seconds from energy_day e
            where e.meter_id = me.meter_id and e.channel = me.primary_channel
              and e.day >= greatest(mo.month, me.c) and e.day < least(mo.hi, me.d)) x
    ), measured_sums as (
        select month, group_name, sum(measured_seconds) as seconds from measured group by 1, 2
    )
    select v.month::timestamp at time zone 'Europe/Amsterdam', v.group_name, coalesce(ms.seconds, 0), v.seconds
    from service v
    left join measured_sums ms on ms.month = v.month and ms.group_name = v.group_name
$$;
revoke all on function grafana.coverage_by_month(date, date) from public;
comment on function grafana.coverage_by_month(date, date) is
    'Measured and in-service seconds of the primary channels per meter group and month of the days [p_first, p_end)';

-- grafana.renewable_kwh (V72) for a run of years in one pass over the month rollups, for the PALET path's measured
-- contribution per year; renewable_kwh(year) is now this for one year, so the two cannot disagree.
create function grafana.renewable_kwh_by_year(p_first integer, p_last integer)
returns table (year integer, kwh double precision)
-- Security definer for the same reason as coverage_by_month: the month rows of grafana.meter_info's (non-household)
-- meters, without the view's household check per row; one sum per year comes out.
language sql stable security definer set search_path = pg_catalog, public set jit = off as $$
    with years as (
        select y, make_date(y, 1, 1)::timestamp at time zone 'Europe/Amsterdam' as year_start,
               least(now(), make_date(y + 1, 1, 1)::timestamp at time zone 'Europe/Amsterdam') as until
        from generate_series(p_first, p_last) y
    ), energy as (
        select extract(year from e.month)::integer as y,
               sum(e.energy) filter (where e.channel = 'pv_energy' and f.kind in ('pv_inverter', 'pv_optimizer')
                                       and f.site_kind in ('school', 'centre_building')) as pv_kwh,
               sum(e.energy) filter (where e.channel = 'heat_energy' and f.site_kind = 'mijnwater_building') as heat_kwh,
               sum(e.energy) filter (where e.channel = 'electricity_import' and f.kind = 'electricity_meter'
                                       and f.site_kind = 'mijnwater_building') as heat_pump_kwh
        from grafana.meter_info f
        join energy_month e on e.meter_id = f.meter_id
        join years on years.y = extract(year from e.month)::integer
        where f.site_kind in ('school', 'centre_building', 'mijnwater_building')
          and e.channel in ('pv_energy', 'heat_energy', 'electricity_import')
          and e.month >= make_date(p_first, 1, 1) and e.month < make_date(p_last + 1, 1, 1)
          -- in service during the year (up to now)
          and greatest(coalesce(f.commissioned_on::timestamp at time zone 'Europe/Amsterdam', years.year_start), years.year_start)
            < least(coalesce(f.decommissioned_on::timestamp at time zone 'Europe/Amsterdam', years.until), years.until)
        group by 1
    )
    select years.y, coalesce(e.pv_kwh, 0) + greatest(0, coalesce(e.heat_kwh, 0) - coalesce(e.heat_pump_kwh, 0))
    from years left join energy e on e.y = years.y
$$;
revoke all on function grafana.renewable_kwh_by_year(integer, integer) from public;

create or replace function grafana.renewable_kwh(p_year integer) returns double precision
language sql stable as $$
    select kwh from grafana.renewable_kwh_by_year(p_year, p_year)
$$;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        grant execute on all functions in schema grafana to grafana_reader;
    end if;
end
$$;
