-- Budget module (issue 5): measures of the coalition agreement, their money, the emission factors and assumptions
-- the report computes with, and the PALET path with the Klimaatmonitor statistics. Every figure carries its source
-- and a status: sourced (from a cited text), illustrative (a placeholder for demos) or verify (cited, not confirmed).

create table measure (
    code                  text primary key check (code ~ '^[0-9]+\.[0-9]+[a-z]?$'),
    title                 text not null,
    portfolio             text not null,
    wethouder             text,
    portfolio_status      text not null check (portfolio_status in ('sourced','illustrative','verify')),
    kpi_name              text,
    kpi_metric            text not null default 'none'
                          check (kpi_metric in ('none','pv_roofs','pv_panels','connections','homes_off_gas')),
    kpi_target            double precision check (kpi_target >= 0),
    kpi_unit              text,
    kpi_status            text not null check (kpi_status in ('sourced','illustrative','verify')),
    measured_by_site_kind text,
    source                text not null,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);

create table budget_line (
    id                    bigserial primary key,
    measure_code          text not null references measure (code),
    year                  integer not null check (year between 2000 and 2100),
    kind                  text not null check (kind in ('investment','operating')),
    funding_source        text not null default 'algemene middelen',
    planned_eur           numeric(14,2) not null check (planned_eur >= 0),
    realised_eur          numeric(14,2) check (realised_eur >= 0),
    expected_kwh          double precision check (expected_kwh >= 0),
    expected_co2_tonnes   double precision check (expected_co2_tonnes >= 0),
    status                text not null check (status in ('sourced','illustrative','verify')),
    source                text not null,
    updated_at            timestamptz not null default now(),
    unique (measure_code, year, kind, funding_source)
);
create index budget_line_year_idx on budget_line (year);

-- Versioned: a new figure for the same carrier, year and basis is a new version; reports name the version they used.
create table emission_factor (
    carrier         text not null check (carrier in ('electricity','natural_gas','heat')),
    year            integer not null check (year between 1990 and 2100),
    basis           text not null check (basis in ('TTW','WTW')),
    version         integer not null default 1 check (version > 0),
    kg_co2_per_unit double precision not null check (kg_co2_per_unit >= 0),
    unit            text not null check (unit in ('kWh','m3','GJ')),
    source          text not null,
    status          text not null check (status in ('sourced','illustrative','verify')),
    created_at      timestamptz not null default now(),
    primary key (carrier, year, basis, version)
);

create table assumption (
    key         text not null check (key ~ '^[a-z][a-z0-9_]{1,63}$'),
    year        integer not null check (year between 1990 and 2100),
    version     integer not null default 1 check (version > 0),
    value       double precision not null,
    unit        text not null,
    description text not null,
    source      text not null,
    status      text not null check (status in ('sourced','illustrative','verify')),
    created_at  timestamptz not null default now(),
    primary key (key, year, version)
);

-- The PALET task of one area: energy use not yet generated renewably within the region ("remaining"), in TJ.
create table palet_baseline (
    area                text primary key,
    base_year           integer not null,
    base_use_tj         double precision not null check (base_use_tj >= 0),
    base_renewable_tj   double precision not null check (base_renewable_tj >= 0),
    target_year         integer not null check (target_year > base_year),
    target_remaining_tj double precision not null default 0 check (target_remaining_tj >= 0),
    source              text not null,
    status              text not null check (status in ('sourced','illustrative','verify'))
);

-- Yearly targets between base and target year; without them the path is a straight line.
create table palet_target (
    area         text not null references palet_baseline (area),
    year         integer not null,
    remaining_tj double precision not null check (remaining_tj >= 0),
    source       text not null,
    status       text not null check (status in ('sourced','illustrative','verify')),
    primary key (area, year)
);

-- City-wide yearly statistics as exported by the Klimaatmonitor (one subject per row).
create table klimaatmonitor_statistic (
    municipality text not null,
    year         integer not null,
    subject      text not null,
    value        double precision not null,
    unit         text not null,
    source       text not null,
    status       text not null check (status in ('sourced','illustrative','verify')),
    imported_at  timestamptz not null default now(),
    primary key (municipality, year, subject)
);
