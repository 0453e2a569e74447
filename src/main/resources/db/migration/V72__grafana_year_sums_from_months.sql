-- grafana.co2_avoided and grafana.renewable_kwh of V61 read the month rollups (V70) instead of the days: a year is
-- twelve whole Amsterdam months, so the sums are those of the same days. Otherwise unchanged.

create or replace function grafana.co2_avoided(p_year integer, p_basis text)
returns table (measure_code text, title text, kpi_metric text, measured_kwh double precision,
               co2_tonnes double precision, expected_co2_tonnes double precision, suppressed boolean)
-- Security definer: a measure in homes (6.5) is counted over household meters, which the reader may not see one by
-- one; it gets one figure per measure, and none while fewer than N homes are involved (issue 9, like the report).
language sql stable security definer set search_path = pg_catalog, public as $$
    with span as (
        select make_date(p_year, 1, 1)::timestamp at time zone 'Europe/Amsterdam' as year_start,
               least(now(), make_date(p_year + 1, 1, 1)::timestamp at time zone 'Europe/Amsterdam') as until
    ), fleet as (
        -- Fleet.of(measure): the meters at the measure's sites of the kind it names (Site.belongsTo: 6.4 -> 6.4a).
        select me.code, m.id as meter_id, m.kind, s.id as site_id, s.household,
               m.decommissioned_on is null
                 or (m.decommissioned_on::timestamp at time zone 'Europe/Amsterdam') >= span.until as in_service_at_end
        from public.measure me
        join public.site s on s.kind = me.measured_by_site_kind
             and (me.code = s.measure_code
                  or (me.code = s.measure_code || right(me.code, 1) and right(me.code, 1) ~ '^[[:alpha:]]$'))
        join public.meter m on m.site_id = s.id
        cross join span
        where greatest(coalesce(m.commissioned_on::timestamp at time zone 'Europe/Amsterdam', span.year_start), span.year_start)
            < least(coalesce(m.decommissioned_on::timestamp at time zone 'Europe/Amsterdam', span.until), span.until)
    ), energy as (
        select f.code,
               sum(e.energy) filter (where e.channel = 'pv_energy' and f.kind in ('pv_inverter', 'pv_optimizer')) as pv_kwh,
               sum(e.energy) filter (where e.channel = 'heat_energy') as heat_kwh,
               sum(e.energy) filter (where e.channel = 'cold_energy') as cold_kwh,
               sum(e.energy) filter (where e.channel = 'electricity_import' and f.kind = 'electricity_meter') as heat_pump_kwh
        from fleet f join public.energy_month e on e.meter_id = f.meter_id
        where e.channel in ('pv_energy', 'heat_energy', 'cold_energy', 'electricity_import')
          and e.month >= make_date(p_year, 1, 1) and e.month < make_date(p_year + 1, 1, 1)
        group by f.code
    ), sites as (
        select code, site_id, household, bool_or(kind = 'gas_meter' and in_service_at_end) as on_gas
        from fleet group by code, site_id, household
    ), counts as (
        -- KpiCounts.homesOffGas: sites none of whose gas meters is in service at the end; households for privacy.
        select code, count(*) filter (where not on_gas) as homes_off_gas, count(*) filter (where household) as households
        from sites group by code
    ), factors as (
        select (select kg_co2_per_unit from grafana.emission_factor_for('electricity', p_basis, p_year)) as el_kg_per_kwh,
               (select kg_co2_per_unit from grafana.emission_factor_for('natural_gas', p_basis, p_year)) as gas_kg_per_m3,
               (select nullif(value, 0) from grafana.assumption_for('gas_boiler_efficiency', p_year)) as boiler_efficiency,
               (select nullif(value, 0) from grafana.assumption_for('gas_kwh_per_m3', p_year)) as gas_kwh_per_m3,
               (select value from grafana.assumption_for('home_gas_m3_per_year', p_year)) as home_gas_m3,
               (select nullif(value, 0) from grafana.assumption_for('chiller_seer', p_year)) as chiller_seer
    ), lines as (
        select me.code, me.title, me.kpi_metric, me.measured_by_site_kind is not null as measured,
               coalesce(c.households, 0) between 1 and ps.min_group_size - 1 as suppressed,
               coalesce(e.pv_kwh, 0) as pv_kwh, coalesce(e.heat_kwh, 0) as heat_kwh, coalesce(e.cold_kwh, 0) as cold_kwh,
               coalesce(e.heat_pump_kwh, 0) as heat_pump_kwh, coalesce(c.homes_off_gas, 0) as homes_off_gas,
               x.expected_co2_tonnes
        from public.measure me
        cross join public.privacy_setting ps
        left join energy e on e.code = me.code
        left join counts c on c.code = me.code
        left join grafana.budget_expectation x on x.measure_code = me.code and x.year = p_year
    )
    select l.code, l.title, l.kpi_metric,
           case when l.suppressed or not l.measured then null
                when l.kpi_metric in ('pv_roofs', 'pv_panels') then l.pv_kwh
                when l.kpi_metric = 'connections' then l.heat_kwh end,
           case when l.suppressed or not l.measured then null
                -- PV replaces grid electricity kWh for kWh.
                when l.kpi_metric in ('pv_roofs', 'pv_panels') then l.pv_kwh * f.el_kg_per_kwh / 1000
                -- Mijnwater heat replaces a gas boiler, its cold a compression chiller (cold / SEER; without a SEER
                -- cold counts for nothing, as in EmissionContext.mijnwaterTonnes); its heat pumps use grid electricity.
                when l.kpi_metric = 'connections' then (l.heat_kwh / f.boiler_efficiency / f.gas_kwh_per_m3 * f.gas_kg_per_m3
                                                        + (coalesce(l.cold_kwh / f.chiller_seer, 0) - l.heat_pump_kwh)
                                                          * f.el_kg_per_kwh) / 1000
                -- A home off gas no longer burns its yearly gas (an assumption, not a measurement).
                when l.kpi_metric = 'homes_off_gas' then l.homes_off_gas * f.home_gas_m3 * f.gas_kg_per_m3 / 1000 end,
           l.expected_co2_tonnes, l.suppressed
    from lines l cross join factors f
    where l.measured or l.expected_co2_tonnes is not null
    order by l.code
$$;
revoke all on function grafana.co2_avoided(integer, text) from public;

-- The measured renewable energy of a year as the klimaatbegroting's PALET section counts it: PV of the school roofs
-- and the centre panels, plus Mijnwater heat minus its heat pumps' electricity (not below 0), in kWh.
create or replace function grafana.renewable_kwh(p_year integer) returns double precision
language sql stable as $$
    with span as (
        select make_date(p_year, 1, 1)::timestamp at time zone 'Europe/Amsterdam' as year_start,
               least(now(), make_date(p_year + 1, 1, 1)::timestamp at time zone 'Europe/Amsterdam') as until
    ), fleet as (
        select m.meter_id, m.kind, m.site_kind
        from grafana.meter_info m cross join span
        where m.site_kind in ('school', 'centre_building', 'mijnwater_building')
          and greatest(coalesce(m.commissioned_on::timestamp at time zone 'Europe/Amsterdam', span.year_start), span.year_start)
            < least(coalesce(m.decommissioned_on::timestamp at time zone 'Europe/Amsterdam', span.until), span.until)
    ), energy as (
        select sum(e.energy) filter (where e.channel = 'pv_energy' and f.kind in ('pv_inverter', 'pv_optimizer')
                                       and f.site_kind in ('school', 'centre_building')) as pv_kwh,
               sum(e.energy) filter (where e.channel = 'heat_energy' and f.site_kind = 'mijnwater_building') as heat_kwh,
               sum(e.energy) filter (where e.channel = 'electricity_import' and f.kind = 'electricity_meter'
                                       and f.site_kind = 'mijnwater_building') as heat_pump_kwh
        from fleet f join grafana.energy_month e on e.meter_id = f.meter_id
        where e.channel in ('pv_energy', 'heat_energy', 'cold_energy', 'electricity_import')
          and e.month >= make_date(p_year, 1, 1) and e.month < make_date(p_year + 1, 1, 1)
    )
    select coalesce(pv_kwh, 0) + greatest(0, coalesce(heat_kwh, 0) - coalesce(heat_pump_kwh, 0)) from energy
$$;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        grant select on all tables in schema grafana to grafana_reader;
        grant execute on all functions in schema grafana to grafana_reader;
    end if;
end
$$;
