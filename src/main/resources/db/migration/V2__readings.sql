-- Raw readings in canonical units; one row per (meter, channel, ts): the first stored value stands.
create table reading (
    meter_id    text not null,
    channel     text not null,
    ts          timestamptz not null,
    value       double precision not null,
    received_at timestamptz not null default now(),
    primary key (meter_id, channel, ts)
);

-- A different value arriving for a stored (meter, channel, ts): kept visible, never overwrites.
create table reading_conflict (
    id              bigserial primary key,
    meter_id        text not null,
    channel         text not null,
    ts              timestamptz not null,
    stored_value    double precision not null,
    rejected_value  double precision not null,
    received_at     timestamptz not null default now()
);
create index reading_conflict_meter_idx on reading_conflict (meter_id, ts);

-- Every reading or message that was not stored, with the raw input and the reason.
create table rejected_reading (
    id            bigserial primary key,
    received_at   timestamptz not null default now(),
    source        text not null,
    topic         text,
    installer_id  text,
    meter_id      text,
    reason        text not null,
    detail        text,
    raw_payload   text
);
create index rejected_reading_installer_idx on rejected_reading (installer_id, received_at desc);
create index rejected_reading_received_idx on rejected_reading (received_at);

-- Ranges of (meter, channel) whose rollups must be recomputed; written in the same statement as the readings.
create table accounting_dirty (
    id         bigserial primary key,
    meter_id   text not null,
    channel    text not null,
    from_ts    timestamptz not null,
    to_ts      timestamptz not null,
    created_at timestamptz not null default now()
);
create index accounting_dirty_created_idx on accounting_dirty (created_at);

-- TimescaleDB where present: a hypertable with compression; plain PostgreSQL otherwise.
do $$
begin
    if exists (select 1 from pg_available_extensions where name = 'timescaledb')
       and current_setting('shared_preload_libraries', true) like '%timescaledb%' then
        create extension if not exists timescaledb;
        perform create_hypertable('reading', 'ts', chunk_time_interval => interval '7 days', migrate_data => true);
        execute 'alter table reading set (timescaledb.compress, timescaledb.compress_segmentby = ''meter_id, channel'', timescaledb.compress_orderby = ''ts desc'')';
        perform add_compression_policy('reading', interval '30 days');
    end if;
end
$$;
