-- Household data is personal data (issue 9, docs/privacy.md). Outside the admin role it is shown only aggregated
-- over groups of at least N homes. Here: the setting N for the database side, the log of admins' reads of a single
-- home, and the Grafana views narrowed so that the read-only role sees household meters only in such aggregates.

-- N for the database's aggregates: the service writes energiemonitor.privacy.min-group-size (default 10) here at
-- start-up (GroupSizeSetting), so that the API and the Grafana views apply the same N (docs/privacy.md).
create table privacy_setting (
    id             boolean primary key default true check (id),
    min_group_size integer not null default 10 check (min_group_size >= 1)
);
insert into privacy_setting default values;

-- Admins' reads of a single home's data: who, when, which site.
create table household_access_log (
    id        bigserial primary key,
    at        timestamptz not null default now(),
    user_name text not null,
    site_id   text not null,
    meter_id  text not null,
    what      text not null
);
create index household_access_log_site_idx on household_access_log (site_id, at desc);

-- The meters Grafana may see one by one: everything but the meters in homes (columns unchanged for the dashboards).

create or replace view grafana.meter_info as
select m.id as meter_id, m.kind, m.installer_id, m.site_id,
       case when s.household then 'woning' else s.name end as site_name,
       s.kind as site_kind, s.measure_code, coalesce(s.household, false) as household,
       case s.kind when 'school' then 'Scholen' when 'centre_building' then 'Centrum'
                   when 'mijnwater_building' then 'Mijnwater' else coalesce(s.kind, m.kind) end as group_name,
       m.capacity_kwp, m.panel_count, m.commissioned_on, m.decommissioned_on,
       extract(epoch from m.reporting_interval) as reporting_seconds,
       case when m.kind in ('pv_inverter', 'pv_optimizer') then 'pv_energy'
            when m.kind = 'heat_meter' then 'heat_energy'
            when m.kind = 'electricity_meter' then 'electricity_import'
            else 'gas_volume' end as primary_channel
from public.meter m left join public.site s on s.id = m.site_id
where not coalesce(s.household, false);

-- The rollups without the meters in homes: per meter, only institutional, commercial and municipal sites.
create or replace view grafana.energy_quarter_hour as
select q.meter_id, q.channel, q.bucket_start, q.energy, q.measured_seconds, q.estimated_seconds, q.implausible_energy
from public.energy_quarter_hour q
where not exists (select 1 from public.meter m join public.site s on s.id = m.site_id
                  where m.id = q.meter_id and s.household);

create or replace view grafana.energy_day as
select meter_id, channel, day,
       day::timestamp at time zone 'Europe/Amsterdam' as day_start,
       (day + 1)::timestamp at time zone 'Europe/Amsterdam' as day_end,
       extract(epoch from ((day + 1)::timestamp at time zone 'Europe/Amsterdam')
                          - (day::timestamp at time zone 'Europe/Amsterdam')) as day_seconds,
       energy, measured_seconds, estimated_seconds, implausible_energy
from public.energy_day d
where not exists (select 1 from public.meter m join public.site s on s.id = m.site_id
                  where m.id = d.meter_id and s.household);

create or replace view grafana.measurement_quarter_hour as
select q.meter_id, q.channel, q.bucket_start, q.avg_value, q.min_value, q.max_value, q.samples
from public.measurement_quarter_hour q
where not exists (select 1 from public.meter m join public.site s on s.id = m.site_id
                  where m.id = q.meter_id and s.household);

-- Alerts say when a device is silent: for a home that is a trace of its residents too.
create or replace view grafana.active_alert as
select a.type, a.subject, a.meter_id, a.site_id, a.message, a.value, a.threshold, a.since, a.evaluated_at
from public.alert_state a
where not exists (select 1 from public.site s where s.id = a.site_id and s.household)
  and not exists (select 1 from public.meter m join public.site s on s.id = m.site_id
                  where m.id = a.meter_id and s.household);

-- Household energy per day, summed over the homes of a measure; a day with fewer than N homes is left out.
create view grafana.household_energy_day as
select s.measure_code, d.channel, d.day,
       d.day::timestamp at time zone 'Europe/Amsterdam' as day_start,
       sum(d.energy) as energy, sum(d.measured_seconds) as measured_seconds,
       sum(d.estimated_seconds) as estimated_seconds, count(distinct s.id) as homes
from public.energy_day d
join public.meter m on m.id = d.meter_id
join public.site s on s.id = m.site_id and s.household
group by s.measure_code, d.channel, d.day
having count(distinct s.id) >= (select min_group_size from public.privacy_setting);

-- Homes off gas on a day: those with a heat meter or a removed gas meter and no gas meter in service. Null (and
-- suppressed) while the registry holds fewer than N homes. Runs with the owner's rights: the reader sees only this count.
create function grafana.homes_off_gas(p_at date)
returns table (homes bigint, suppressed boolean, min_group_size integer)
language sql stable security definer set search_path = pg_catalog, public as $$
    with homes as (
        select distinct m.site_id from public.meter m join public.site s on s.id = m.site_id where s.household
    ), off_gas as (
        select distinct w.site_id
        from public.meter w join homes h on h.site_id = w.site_id
        where (w.kind = 'heat_meter' or (w.kind = 'gas_meter' and w.decommissioned_on <= p_at))
          and not exists (select 1 from public.meter g
                          where g.site_id = w.site_id and g.kind = 'gas_meter'
                            and (g.decommissioned_on is null or g.decommissioned_on > p_at))
    )
    select case when h.n = 0 or h.n >= p.min_group_size then (select count(*) from off_gas) end,
           h.n between 1 and p.min_group_size - 1, p.min_group_size
    from public.privacy_setting p cross join (select count(*) as n from homes) h
$$;
revoke all on function grafana.homes_off_gas(date) from public;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        grant select on all tables in schema grafana to grafana_reader;
        grant execute on function grafana.homes_off_gas(date) to grafana_reader;
    end if;
end
$$;
