-- Dashboards over long ranges read month rollups (V70, issue 7 benchmark 4): a year of a meter channel is 12 rows,
-- not 365. Household meters stay out of the per-meter views, as in V30.

create view grafana.energy_month as
select e.meter_id, e.channel, e.month, e.month_start,
       (e.month + interval '1 month')::date::timestamp at time zone 'Europe/Amsterdam' as month_end,
       e.energy, e.measured_seconds, e.estimated_seconds, e.implausible_energy, e.days, e.day_seconds
from public.energy_month e
where not exists (select 1 from public.meter m join public.site s on s.id = m.site_id
                  where m.id = e.meter_id and s.household);

create function grafana.first_month_from(p_day date) returns date
language sql immutable parallel safe as $$
    select (date_trunc('month', p_day - 1) + interval '1 month')::date
$$;
comment on function grafana.first_month_from(date) is 'The first day of the first month starting on or after a day';

-- The Amsterdam days [p_first, p_end) of every meter channel as the whole months inside them (one row each, `day`
-- its first day) and the days before and after those months (one row each). Sums over the result equal sums over
-- grafana.energy_day for the same days; `days` is how many day rows a row holds and `day_seconds` their length.
-- Inlined into the caller, so each branch reaches its rows through the month or day index.
create function grafana.energy_span(p_first date, p_end date)
returns table (meter_id text, channel text, day date, day_start timestamptz, days integer, day_seconds double precision,
               energy double precision, measured_seconds double precision, estimated_seconds double precision,
               implausible_energy double precision)
language sql stable as $$
    select m.meter_id, m.channel, m.month, m.month_start, m.days, m.day_seconds, m.energy, m.measured_seconds,
           m.estimated_seconds, m.implausible_energy
    from grafana.energy_month m
    where m.month >= grafana.first_month_from(p_first) and m.month < date_trunc('month', p_end)::date
    union all
    select d.meter_id, d.channel, d.day, d.day_start, 1, d.day_seconds, d.energy, d.measured_seconds,
           d.estimated_seconds, d.implausible_energy
    from grafana.energy_day d
    where d.day >= p_first and d.day < least(grafana.first_month_from(p_first), p_end)
    union all
    select d.meter_id, d.channel, d.day, d.day_start, 1, d.day_seconds, d.energy, d.measured_seconds,
           d.estimated_seconds, d.implausible_energy
    from grafana.energy_day d
    where d.day >= greatest(date_trunc('month', p_end)::date, grafana.first_month_from(p_first)) and d.day < p_end
$$;

-- As V21, with a third resolution: beyond 92 days, Amsterdam months (the first and last possibly partial, summed
-- from their days), read from the month rollups where the month is whole.
create or replace function grafana.energy_series(p_from timestamptz, p_to timestamptz)
returns table (meter_id text, channel text, bucket_start timestamptz, energy double precision,
               measured_seconds double precision, estimated_seconds double precision)
language sql stable as $$
    select q.meter_id, q.channel, date_trunc('hour', q.bucket_start, 'Europe/Amsterdam'), sum(q.energy),
           sum(q.measured_seconds), sum(q.estimated_seconds)
    from grafana.energy_quarter_hour q
    where p_to - p_from <= interval '3 days' and q.bucket_start >= p_from and q.bucket_start < p_to
    group by 1, 2, 3
    union all
    select d.meter_id, d.channel, d.day_start, d.energy, d.measured_seconds, d.estimated_seconds
    from grafana.energy_day d
    where p_to - p_from > interval '3 days' and p_to - p_from <= interval '92 days'
      and d.day_end > p_from and d.day_start < p_to
      -- The same days by the stored column, so that the primary key and the (channel, day) index can be used.
      and d.day between (p_from at time zone 'Europe/Amsterdam')::date and (p_to at time zone 'Europe/Amsterdam')::date
    union all
    select s.meter_id, s.channel, date_trunc('month', s.day)::date::timestamp at time zone 'Europe/Amsterdam',
           sum(s.energy), sum(s.measured_seconds), sum(s.estimated_seconds)
    from grafana.energy_span(grafana.day_of(p_from), grafana.first_day_from(p_to)) s
    where p_to - p_from > interval '92 days'
    group by 1, 2, 3
$$;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        grant select on all tables in schema grafana to grafana_reader;
        grant execute on all functions in schema grafana to grafana_reader;
    end if;
end
$$;
