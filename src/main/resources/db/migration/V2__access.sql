-- Client systems of organisations that call the API with a bearer token. Only the SHA-256 of a
-- token is stored; the token itself is shown once, when it is made.

create table api_clients (
    id              uuid primary key,
    organisation_id uuid not null references organisations,
    name            text not null,
    token_hash      bytea not null unique check (length(token_hash) = 32),
    created_at      timestamptz not null,
    revoked_at      timestamptz
);

create index api_clients_organisation on api_clients (organisation_id);
