-- Grafana's read-only access (issue 6). Grafana reads only the schema `grafana`: views over the rollups, the
-- registry and the alerts, never the raw reading table. Issue 9 narrows household data here, in these views.
--
-- The role is created NOLOGIN and without a password: nothing secret is in the repository, and a database nobody
-- configured cannot be logged into as this role. Whoever deploys Grafana enables the login with a password of their
-- own (docker-compose.yml does it in its grafana-db-login step; by hand: ALTER ROLE grafana_reader LOGIN PASSWORD '…').

do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        create role grafana_reader nologin;
    end if;
exception
    -- Roles belong to the cluster: another database on it may have created the role at the same moment.
    when duplicate_object or unique_violation then null;
    when insufficient_privilege then
        raise warning 'role grafana_reader not created: the migration user lacks CREATEROLE (see docs/grafana.md)';
end
$$;

create schema grafana;
comment on schema grafana is 'What Grafana may read (role grafana_reader): rollups, registry and alerts, no raw readings';

-- Meters with their site; the label a dashboard shows for a group of meters, and the register that says a meter is alive.
create view grafana.meter_info as
select m.id as meter_id, m.kind, m.installer_id, m.site_id,
       -- Household sites are shown without their name (issue 9 restricts them further).
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
from public.meter m left join public.site s on s.id = m.site_id;

create view grafana.energy_quarter_hour as
select meter_id, channel, bucket_start, energy, measured_seconds, estimated_seconds, implausible_energy
from public.energy_quarter_hour;

-- Amsterdam days with their true start and length (23, 24 or 25 hours); the stored day_start is the first bucket.
create view grafana.energy_day as
select meter_id, channel, day,
       day::timestamp at time zone 'Europe/Amsterdam' as day_start,
       (day + 1)::timestamp at time zone 'Europe/Amsterdam' as day_end,
       extract(epoch from ((day + 1)::timestamp at time zone 'Europe/Amsterdam')
                          - (day::timestamp at time zone 'Europe/Amsterdam')) as day_seconds,
       energy, measured_seconds, estimated_seconds, implausible_energy
from public.energy_day;

create view grafana.measurement_quarter_hour as
select meter_id, channel, bucket_start, avg_value, min_value, max_value, samples
from public.measurement_quarter_hour;

-- Rejections without the raw payload and detail (they may contain anything a device sent).
create view grafana.rejected_reading as
select id, received_at, source, coalesce(installer_id, '(onbekend)') as installer_id, meter_id, reason
from public.rejected_reading;

create view grafana.accounting_backlog as
select count(*) as pending_ranges, coalesce(extract(epoch from now() - min(created_at)), 0) as lag_seconds
from public.accounting_dirty;

create view grafana.active_alert as
select type, subject, meter_id, site_id, message, value, threshold, since, evaluated_at
from public.alert_state;

-- Energy per meter channel at a resolution that fits the range: hours (from quarter hours) up to 3 days, whole
-- Amsterdam days beyond. Dashboards never read quarter hours over long ranges.
create function grafana.energy_series(p_from timestamptz, p_to timestamptz)
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
    where p_to - p_from > interval '3 days' and d.day_end > p_from and d.day_start < p_to
      -- The same days by the stored column, so that the primary key and the (channel, day) index can be used.
      and d.day between (p_from at time zone 'Europe/Amsterdam')::date and (p_to at time zone 'Europe/Amsterdam')::date
$$;

-- Averages of an instantaneous channel at a resolution that fits the range: quarter hours up to 3 days, hours up
-- to 31 days, Amsterdam days beyond; weighted by samples.
create function grafana.measurement_series(p_from timestamptz, p_to timestamptz)
returns table (meter_id text, channel text, bucket_start timestamptz, avg_value double precision,
               min_value double precision, max_value double precision)
language sql stable as $$
    select m.meter_id, m.channel,
           case when p_to - p_from <= interval '3 days' then m.bucket_start
                when p_to - p_from <= interval '31 days' then date_trunc('hour', m.bucket_start, 'Europe/Amsterdam')
                else date_trunc('day', m.bucket_start, 'Europe/Amsterdam') end,
           sum(m.avg_value * m.samples) / nullif(sum(m.samples), 0), min(m.min_value), max(m.max_value)
    from grafana.measurement_quarter_hour m
    where m.bucket_start >= p_from and m.bucket_start < p_to
    group by 1, 2, 3
$$;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        execute format('grant connect on database %I to grafana_reader', current_database());
        grant usage on schema grafana to grafana_reader;
        grant select on all tables in schema grafana to grafana_reader;
        grant execute on all functions in schema grafana to grafana_reader;
        -- Views added to the schema by later migrations are readable too.
        alter default privileges in schema grafana grant select on tables to grafana_reader;
    end if;
end
$$;
