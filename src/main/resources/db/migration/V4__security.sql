-- Installers' API tokens: only a SHA-256 of the token is kept; the token itself is shown once.
create table installer_token (
    id           uuid primary key,
    installer_id text not null references installer (id),
    label        text not null,
    token_hash   text not null unique,
    created_at   timestamptz not null default now(),
    revoked_at   timestamptz,
    last_used_at timestamptz
);
create index installer_token_installer_idx on installer_token (installer_id);
