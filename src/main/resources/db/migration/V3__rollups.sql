-- Stored rollups of the accounting (docs/accounting.md). Reports and dashboards read these, never raw readings.
create table energy_quarter_hour (
    meter_id           text not null,
    channel            text not null,
    bucket_start       timestamptz not null,
    energy             double precision not null,
    measured_seconds   double precision not null,
    estimated_seconds  double precision not null,
    implausible_energy double precision not null default 0,
    primary key (meter_id, channel, bucket_start)
);

-- Calendar days in Europe/Amsterdam (23, 24 or 25 hours), summed from the quarter hours.
create table energy_day (
    meter_id           text not null,
    channel            text not null,
    day                date not null,
    day_start          timestamptz not null,
    energy             double precision not null,
    measured_seconds   double precision not null,
    estimated_seconds  double precision not null,
    implausible_energy double precision not null default 0,
    primary key (meter_id, channel, day)
);
create index energy_day_channel_day_idx on energy_day (channel, day);

-- Instantaneous channels (power, temperatures): average, minimum and maximum per quarter hour.
create table measurement_quarter_hour (
    meter_id     text not null,
    channel      text not null,
    bucket_start timestamptz not null,
    avg_value    double precision not null,
    min_value    double precision not null,
    max_value    double precision not null,
    samples      integer not null,
    primary key (meter_id, channel, bucket_start)
);

-- A register replaced in the field: the old register's final reading and the new one's start reading.
create table meter_exchange (
    id                bigserial primary key,
    meter_id          text not null references meter (id),
    channel           text not null,
    exchanged_at      timestamptz not null,
    final_reading_old double precision not null,
    start_reading_new double precision not null,
    registered_at     timestamptz not null default now(),
    unique (meter_id, channel, exchanged_at)
);

-- Per-channel overrides of the accounting rules; absent means the defaults of the meter's kind.
create table meter_channel_rule (
    meter_id          text not null references meter (id),
    channel           text not null,
    reset_tolerance   double precision,
    max_rate_per_hour double precision,
    register_max      double precision,
    primary key (meter_id, channel)
);

-- Intervals excluded from totals because their rate is implausible: listed for the data-quality view.
create table implausible_interval (
    meter_id text not null,
    channel  text not null,
    start_ts timestamptz not null,
    end_ts   timestamptz not null,
    energy   double precision not null,
    primary key (meter_id, channel, start_ts)
);
