-- KPI actuals entered by hand for measures no meter can count (e.g. insulated projects, a bicycle shed): the value on
-- a day or for a whole year, with its source and who entered it. Rows are never changed; a later entry wins.
create table kpi_actual (
    id           bigserial primary key,
    measure_code text not null references measure (code),
    year         integer not null check (year between 2000 and 2100),
    on_date      date check (on_date is null or extract(year from on_date) = year),
    value        double precision not null check (value >= 0),
    source       text not null check (length(trim(source)) > 0),
    recorded_by  text not null,
    recorded_at  timestamptz not null default now()
);
create index kpi_actual_year_idx on kpi_actual (year, measure_code);
