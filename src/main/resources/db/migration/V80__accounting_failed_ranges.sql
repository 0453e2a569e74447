-- A changed range whose recomputation fails is retried on its own after a backoff (retry_at) and, after
-- energiemonitor.accounting.max-attempts failures in a row, set aside (set_aside_at) with its last error: kept for an
-- operator, never dropped, and no longer holding back the ranges claimed with it. POST
-- /api/v1/admin/accounting/failed-ranges/retry queues set-aside ranges again (docs/accounting.md, section 9).
alter table accounting_dirty
    add column attempts       integer not null default 0,
    add column last_error     text,
    add column last_failed_at timestamptz,
    add column retry_at       timestamptz,
    add column set_aside_at   timestamptz;

create index accounting_dirty_set_aside_idx on accounting_dirty (set_aside_at) where set_aside_at is not null;

-- The backlog without the set-aside ranges (they are not waiting, they need a person), which get a column of their own.
create or replace view grafana.accounting_backlog as
select count(*) filter (where set_aside_at is null) as pending_ranges,
       coalesce(extract(epoch from now() - min(created_at) filter (where set_aside_at is null)), 0) as lag_seconds,
       count(*) filter (where set_aside_at is not null) as failed_ranges
from public.accounting_dirty;
