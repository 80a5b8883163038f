-- Signals. The BSN is never stored: child_pseudonym (HMAC-SHA-256) is what matching uses, and
-- bsn_ciphertext (AES-256-GCM) is kept for the few places that must show the number.

create table signals (
    id                     uuid primary key,
    number                 bigint generated always as identity unique,
    child_pseudonym        bytea not null check (length(child_pseudonym) = 32),
    -- Pseudonyms of the parents on the child's own record, to lock the family when the signal ends.
    parent_pseudonyms      bytea[] not null,
    pseudonym_key_version  smallint not null,
    bsn_ciphertext         bytea not null,
    encryption_key_version smallint not null,
    professional_id        uuid not null references professionals,
    organisation_id        uuid not null references organisations,
    registered_on          date not null,
    end_date               date not null check (end_date <= registered_on + interval '2 years'),
    own_reference          text check (length(own_reference) <= 100),
    status                 text not null check (status in ('active', 'archived')),
    ended_on               date,
    end_reason             text check (end_reason in ('risk-gone', 'end-date')),
    informed_on            date,
    informing_postponed    boolean not null default false,
    created_at             timestamptz not null,
    check ((status = 'active') = (ended_on is null))
);

-- Rule: one active signal per professional and child; registering again returns the existing one.
create unique index signals_one_active_per_professional
    on signals (child_pseudonym, professional_id) where status = 'active';
create index signals_professional on signals (professional_id, status);
create index signals_organisation on signals (organisation_id);
