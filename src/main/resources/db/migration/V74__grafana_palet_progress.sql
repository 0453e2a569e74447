-- The PALET-pad panel's rows in one function (issue 7, benchmark 4). The planner's estimates for grafana.palet_path
-- (a view over a handful of rows) are in the millions, so the panel's query crossed the JIT threshold and spent about
-- a second compiling a plan that runs in milliseconds; planned inside a function with JIT off, it does not.
create function grafana.palet_progress(p_last_year integer)
returns table (area text, year integer, path_tj double precision, klimaatmonitor_tj double precision,
               measured_tj double precision)
language sql stable set jit = off as $$
    select p.area, p.year, p.remaining_tj, k.remaining_tj, r.kwh * 3.6e-6
    from grafana.palet_path p
    left join grafana.klimaatmonitor_year k on k.municipality = p.area and k.year = p.year
    -- every year up to p_last_year in one pass; later years have no measured contribution
    left join grafana.renewable_kwh_by_year((select min(year) from grafana.palet_path), p_last_year) r on r.year = p.year
    order by p.area, p.year
$$;
comment on function grafana.palet_progress(integer) is
    'Per area and year: the PALET path, the Klimaatmonitor remaining task and the measured contribution (TJ) up to a year';

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'grafana_reader') then
        grant execute on all functions in schema grafana to grafana_reader;
    end if;
end
$$;
