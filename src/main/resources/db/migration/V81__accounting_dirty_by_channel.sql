-- A claim takes every pending range of the channels it picks (DirtyQueue.CLAIM): found by meter and channel.
create index accounting_dirty_channel_idx on accounting_dirty (meter_id, channel);
