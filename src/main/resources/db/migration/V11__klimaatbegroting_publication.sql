-- A published klimaatbegroting: the frozen report (figures, factors, assumptions) as the council received it.
create table klimaatbegroting_publication (
    year         integer not null check (year between 2000 and 2100),
    version      integer not null check (version > 0),
    published_at timestamptz not null default now(),
    published_by text,
    content      jsonb not null,
    primary key (year, version)
);
