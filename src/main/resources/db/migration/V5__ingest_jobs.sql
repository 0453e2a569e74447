-- Uploads over HTTP, with their progress, so that a long CSV backfill can be followed.
create table ingest_job (
    id               uuid primary key,
    installer_id     text,
    submitted_by     text not null,
    state            text not null check (state in ('running', 'done', 'failed')),
    lines            bigint not null default 0,
    accepted         bigint not null default 0,
    duplicates       bigint not null default 0,
    conflicts        bigint not null default 0,
    rejected         bigint not null default 0,
    first_rejections text not null default '[]',
    error            text,
    started_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    finished_at      timestamptz
);
create index ingest_job_installer_idx on ingest_job (installer_id, started_at desc);
alter table rejected_reading add column job_id uuid;
alter table rejected_reading add column line_number bigint;
alter table rejected_reading add column resubmitted_at timestamptz;
