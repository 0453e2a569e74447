-- Calendar months in Europe/Amsterdam, summed from energy_day (issue 7, benchmark 4; docs/accounting.md "Month
-- rollups"). A year of a meter channel is 12 rows instead of 365, for the klimaatbegroting, the energy API and the
-- dashboards over long ranges.
--
-- A table kept by triggers on energy_day, not a continuous aggregate or materialized view: it must run on plain
-- PostgreSQL 15, stay exact and never lag behind the days. The statement triggers below recompute every month a
-- statement on energy_day touched, from that month's day rows, in the same transaction: whoever writes days (the
-- accounting's BatchRollupWriter, a migration, a repair by hand) cannot leave a month that disagrees with them. Sums
-- are recomputed, never adjusted by differences, so no rounding error accumulates. Writers of one meter channel's
-- days must not run concurrently (the accounting holds an advisory lock per meter channel), as for the days themselves.
create table energy_month (
    meter_id           text not null,
    channel            text not null,
    month              date not null check (extract(day from month) = 1),
    month_start        timestamptz not null,
    energy             double precision not null,
    measured_seconds   double precision not null,
    estimated_seconds  double precision not null,
    implausible_energy double precision not null,
    -- day rows summed, their length (seconds), and those with data (seconds or energy): a home counts for a
    -- month when data_days > 0
    days               integer not null,
    day_seconds        double precision not null,
    data_days          integer not null,
    primary key (meter_id, channel, month)
);
create index energy_month_channel_month_idx on energy_month (channel, month);

-- Recomputes the given (meter, channel, month) cells from energy_day: rows for months with days, none for months without.
create function refresh_energy_month(p_meters text[], p_channels text[], p_months date[]) returns void
language sql volatile as $$
    delete from energy_month m
    using unnest(p_meters, p_channels, p_months) k(meter_id, channel, month)
    where m.meter_id = k.meter_id and m.channel = k.channel and m.month = k.month
      and not exists (select 1 from energy_day d where d.meter_id = k.meter_id and d.channel = k.channel
                        and d.day >= k.month and d.day < (k.month + interval '1 month')::date);
    insert into energy_month (meter_id, channel, month, month_start, energy, measured_seconds, estimated_seconds,
                              implausible_energy, days, day_seconds, data_days)
    select k.meter_id, k.channel, k.month, k.month::timestamp at time zone 'Europe/Amsterdam',
           sum(d.energy), sum(d.measured_seconds), sum(d.estimated_seconds), sum(d.implausible_energy), count(*),
           sum(extract(epoch from ((d.day + 1)::timestamp at time zone 'Europe/Amsterdam') - (d.day::timestamp at time zone 'Europe/Amsterdam'))),
           count(*) filter (where d.measured_seconds > 0 or d.estimated_seconds > 0 or d.energy <> 0)
    from (select distinct * from unnest(p_meters, p_channels, p_months) k(meter_id, channel, month)) k
    join energy_day d on d.meter_id = k.meter_id and d.channel = k.channel
                     and d.day >= k.month and d.day < (k.month + interval '1 month')::date
    group by k.meter_id, k.channel, k.month
    on conflict (meter_id, channel, month) do update
        set energy = excluded.energy, measured_seconds = excluded.measured_seconds,
            estimated_seconds = excluded.estimated_seconds, implausible_energy = excluded.implausible_energy,
            days = excluded.days, day_seconds = excluded.day_seconds, data_days = excluded.data_days;
$$;

create function energy_day_changed() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform refresh_energy_month(array_agg(meter_id), array_agg(channel), array_agg(month))
        from (select distinct meter_id, channel, date_trunc('month', day)::date as month from new_days) k;
    elsif tg_op = 'DELETE' then
        perform refresh_energy_month(array_agg(meter_id), array_agg(channel), array_agg(month))
        from (select distinct meter_id, channel, date_trunc('month', day)::date as month from old_days) k;
    elsif tg_op = 'UPDATE' then
        perform refresh_energy_month(array_agg(meter_id), array_agg(channel), array_agg(month))
        from (select meter_id, channel, date_trunc('month', day)::date as month from old_days
              union select meter_id, channel, date_trunc('month', day)::date from new_days) k;
    else
        truncate energy_month;
    end if;
    return null;
end
$$;

create trigger energy_day_insert_month after insert on energy_day referencing new table as new_days
    for each statement execute function energy_day_changed();
create trigger energy_day_update_month after update on energy_day referencing old table as old_days new table as new_days
    for each statement execute function energy_day_changed();
create trigger energy_day_delete_month after delete on energy_day referencing old table as old_days
    for each statement execute function energy_day_changed();
create trigger energy_day_truncate_month after truncate on energy_day
    for each statement execute function energy_day_changed();

insert into energy_month (meter_id, channel, month, month_start, energy, measured_seconds, estimated_seconds,
                          implausible_energy, days, day_seconds, data_days)
select d.meter_id, d.channel, date_trunc('month', d.day)::date,
       date_trunc('month', d.day)::date::timestamp at time zone 'Europe/Amsterdam',
       sum(d.energy), sum(d.measured_seconds), sum(d.estimated_seconds), sum(d.implausible_energy), count(*),
       sum(extract(epoch from ((d.day + 1)::timestamp at time zone 'Europe/Amsterdam') - (d.day::timestamp at time zone 'Europe/Amsterdam'))),
       count(*) filter (where d.measured_seconds > 0 or d.estimated_seconds > 0 or d.energy <> 0)
from energy_day d
group by d.meter_id, d.channel, date_trunc('month', d.day)::date;
analyze energy_month;
