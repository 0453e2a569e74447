-- The household access log is itself personal data (of admins and, through the site, of residents): entries older
-- than energiemonitor.privacy.access-log-retention are removed periodically (AccessLogCleanup); this index serves
-- that delete.
create index household_access_log_at_idx on household_access_log (at);
