-- A rejected message is recorded once however often it is delivered: the broker redelivers everything that was not
-- acknowledged before a reconnect, and a device may send the same bad payload again. dedup_key identifies the rejection
-- (source, topic, upload job and line, payload hash, position in the message, reason; computed by the service), so a
-- redelivery raises deliveries and last_seen_at instead of adding a row. Rows from before this migration have no key.
alter table rejected_reading add column dedup_key uuid;
alter table rejected_reading add column deliveries integer not null default 1 check (deliveries >= 1);
alter table rejected_reading add column last_seen_at timestamptz;
create unique index rejected_reading_dedup_idx on rejected_reading (dedup_key);
