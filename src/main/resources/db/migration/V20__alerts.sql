-- Alerts module (issue 6): the alerts the service computes, as last evaluated. One row per (type, subject); a row
-- disappears when its condition clears. `since` survives re-evaluation, so "offline since 09:15" stays true.
create table alert_state (
    type           text not null,
    subject        text not null,
    meter_id       text,
    site_id        text,
    message        text not null,
    value          double precision,
    threshold      double precision,
    since          timestamptz not null,
    evaluated_at   timestamptz not null,
    primary key (type, subject)
);
