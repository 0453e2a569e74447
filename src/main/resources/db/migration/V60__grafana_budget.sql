-- PALET-voortgang (issue 6) on the klimaatbegroting's tables (V10, issue 5): the measures with their KPI targets, the
-- emission factors and assumptions, the PALET path and the Klimaatmonitor statistics, and CO2 avoided computed the
-- way the klimaatbegroting computes it (report module: EmissionFactors, Assumptions, AvoidedEmissions, KpiCounts,
-- PaletPath), so that the dashboard and the report show the same figures for a year.

-- Calendar days of the dashboards' time range as `day` values, so that filters on energy_day use its indexes
-- instead of the computed day_start. Immutable: with Grafana's literal time range they fold to constants.
create function grafana.day_of(p_at timestamptz) returns date
language sql immutable parallel safe as $$
    select (p_at at time zone 'Europe/Amsterdam')::date
$$;
comment on function grafana.day_of(timestamptz) is 'The Amsterdam day an instant falls in';

create function grafana.first_day_from(p_at timestamptz) returns date
language sql immutable parallel safe as $$
    select ((p_at at time zone 'Europe/Amsterdam') + interval '1 day' - interval '1 microsecond')::date
$$;
comment on function grafana.first_day_from(timestamptz) is
    'The first Amsterdam day starting at or after an instant: day_start >= t  <=>  day >= first_day_from(t)';

create view grafana.measure as
select code, title, portfolio, kpi_name, kpi_metric, kpi_target, kpi_unit, kpi_status, measured_by_site_kind, source
from public.measure;

create view grafana.emission_factor as
select carrier, year, basis, version, kg_co2_per_unit, unit, source, status
from public.emission_factor;

create view grafana.assumption as
select key, year, version, value, unit, description, source, status
from public.assumption;

-- The (non-household) meters of each measure: at its sites of the kind it names, the site's measure code being the
-- measure's or its stem (site 6.4 -> measures 6.4a, 6.4b), as Fleet.of(measure) and Site.belongsTo select them.
create view grafana.measure_meter as
select me.code as measure_code, me.kpi_metric, m.meter_id, m.kind, m.site_id, m.capacity_kwp, m.panel_count,
       m.commissioned_on, m.decommissioned_on
from public.measure me
join grafana.meter_info m on m.site_kind = me.measured_by_site_kind
     and (me.code = m.measure_code or (me.code = m.measure_code || right(me.code, 1) and right(me.code, 1) ~ '^[[:alpha:]]$'));

-- Only what the report compares with: the expected effect per measure and year (money stays in the API).
create view grafana.budget_expectation as
select measure_code, year, sum(expected_kwh) as expected_kwh, sum(expected_co2_tonnes) as expected_co2_tonnes
from public.budget_line
group by measure_code, year;

-- EmissionFactors.forYear: the newest version of the year; else of the latest earlier year; else of the earliest later.
create function grafana.emission_factor_for(p_carrier text, p_basis text, p_year integer)
returns table (kg_co2_per_unit double precision, year integer, version integer, status text)
language sql stable as $$
    select f.kg_co2_per_unit, f.year, f.version, f.status
    from grafana.emission_factor f
    where f.carrier = p_carrier and f.basis = p_basis
    order by f.year <= p_year desc, case when f.year <= p_year then -f.year else f.year end, f.version desc
    limit 1
$$;

-- Assumptions.forYear: the newest of the latest year up to the given one; else of the earliest year.
create function grafana.assumption_for(p_key text, p_year integer)
returns table (value double precision, year integer, version integer, status text)
language sql stable as $$
    select a.value, a.year, a.version, a.status
    from grafana.assumption a
    where a.key = p_key
    order by a.year <= p_year desc, case when a.year <= p_year then -a.year else a.year end, a.version desc
    limit 1
$$;

-- PaletPath.remainingTarget: straight lines through the base year, the yearly targets strictly between, and the target.
create view grafana.palet_path as
with points as (
    select area, base_year as year, greatest(0, base_use_tj - base_renewable_tj) as remaining_tj, status
    from public.palet_baseline
    union all
    select t.area, t.year, t.remaining_tj, t.status
    from public.palet_target t join public.palet_baseline b on b.area = t.area
    where t.year > b.base_year and t.year < b.target_year
    union all
    select area, target_year, target_remaining_tj, status from public.palet_baseline
)
select b.area, y.year, b.base_year, b.target_year,
       case when nxt.year = prv.year then prv.remaining_tj
            else prv.remaining_tj + (nxt.remaining_tj - prv.remaining_tj) * (y.year - prv.year) / (nxt.year - prv.year)::float8
       end as remaining_tj,
       -- Like PaletPath.uncertain: the whole path is as certain as its least certain figure.
       case when exists (select 1 from points p where p.area = b.area and p.status <> 'sourced') then 'illustrative'
            else 'sourced' end as status
from public.palet_baseline b
cross join lateral generate_series(b.base_year, b.target_year) y(year)
cross join lateral (select p.year, p.remaining_tj from points p where p.area = b.area and p.year <= y.year
                    order by p.year desc limit 1) prv
cross join lateral (select p.year, p.remaining_tj from points p where p.area = b.area and p.year >= y.year
                    order by p.year limit 1) nxt;

-- StatisticsByYear: total use, renewable and the remaining task (use − renewable, not below 0) per year.
create view grafana.klimaatmonitor_year as
select municipality, year,
       max(value) filter (where lower(subject) = lower('Totaal bekend energieverbruik')) as total_use_tj,
       max(value) filter (where lower(subject) = lower('Hernieuwbare energie')) as renewable_tj,
       greatest(0, max(value) filter (where lower(subject) = lower('Totaal bekend energieverbruik'))
                 - max(value) filter (where lower(subject) = lower('Hernieuwbare energie'))) as remaining_tj,
       max(value) filter (where lower(subject) = lower('Totale CO2-uitstoot')) as co2,
       bool_or(status <> 'sourced') as uncertain
from public.klimaatmonitor_statistic
group by municipality, year;
