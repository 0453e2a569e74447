-- Who installs, where things are, and what measures them.
create table installer (
    id            text primary key check (id ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
    name          text not null,
    contact_email text,
    created_at    timestamptz not null default now()
);

create table site (
    id            text primary key check (id ~ '^[a-z0-9][a-z0-9._-]{0,63}$'),
    name          text not null,
    kind          text not null,
    municipality  text not null default 'Heerlen',
    address       text,
    measure_code  text,
    household     boolean not null default false,
    latitude      double precision,
    longitude     double precision,
    created_at    timestamptz not null default now()
);

create table meter (
    id                 text primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    kind               text not null check (kind in ('pv_inverter','pv_optimizer','heat_meter','electricity_meter','gas_meter')),
    installer_id       text not null references installer (id),
    site_id            text references site (id),
    capacity_kwp       double precision check (capacity_kwp > 0),
    panel_count        integer check (panel_count > 0),
    commissioned_on    date,
    decommissioned_on  date,
    azimuth_deg        double precision,
    tilt_deg           double precision,
    reporting_interval interval not null default interval '15 minutes',
    max_gap            interval not null default interval '1 hour',
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);
create index meter_installer_idx on meter (installer_id);
create index meter_site_idx on meter (site_id);
