-- Household privacy, second step (issue 9, docs/privacy.md).

-- A day of a measure's homes is shown only when at least N homes gave data for that day: a home with a row but
-- neither seconds nor energy in it (nothing measured or estimated) does not count towards N. As in the energy API,
-- each meter kind with data that day (e.g. inverters and optimizers both give pv_energy) must hold N homes too, so
-- that this day minus the API's day for one kind never leaves fewer than N homes.
create or replace view grafana.household_energy_day as
select s.measure_code, d.channel, d.day,
       d.day::timestamp at time zone 'Europe/Amsterdam' as day_start,
       sum(d.energy) as energy, sum(d.measured_seconds) as measured_seconds,
       sum(d.estimated_seconds) as estimated_seconds,
       count(distinct s.id) filter (where d.measured_seconds > 0 or d.estimated_seconds > 0 or d.energy <> 0) as homes
from public.energy_day d
join public.meter m on m.id = d.meter_id
join public.site s on s.id = m.site_id and s.household
group by s.measure_code, d.channel, d.day
having count(distinct s.id) filter (where d.measured_seconds > 0 or d.estimated_seconds > 0 or d.energy <> 0)
       >= (select min_group_size from public.privacy_setting)
   and not exists (
       select 1
       from public.energy_day k
       join public.meter km on km.id = k.meter_id
       join public.site ks on ks.id = km.site_id and ks.household
       where k.channel = d.channel and k.day = d.day and ks.measure_code is not distinct from s.measure_code
         and (k.measured_seconds > 0 or k.estimated_seconds > 0 or k.energy <> 0)
       group by km.kind
       having count(distinct ks.id) < (select min_group_size from public.privacy_setting));

-- Rejections say when a device sent something: for a home a trace of its residents. The read-only role sees that
-- a home's meter was rejected, not which one ('woning' instead of the meter id).
create or replace view grafana.rejected_reading as
select r.id, r.received_at, r.source, coalesce(r.installer_id, '(onbekend)') as installer_id,
       case when exists (select 1 from public.meter m join public.site s on s.id = m.site_id
                         where m.id = r.meter_id and s.household) then 'woning' else r.meter_id end as meter_id,
       r.reason
from public.rejected_reading r;
