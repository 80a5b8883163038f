-- Municipalities, the organisations connected to them, and the professionals they designate.

create table municipalities (
    id   uuid primary key,
    code char(4) not null unique check (code ~ '^[0-9]{4}$'),
    name text not null
);

create table organisations (
    id                      uuid primary key,
    municipality_id         uuid not null references municipalities,
    name                    text not null,
    kind                    text not null check (kind in (
        'education', 'compulsory-education', 'childcare', 'youth-health-care', 'midwifery',
        'health-care', 'youth-care', 'youth-protection', 'safe-at-home', 'social-work',
        'police-justice', 'work-income', 'other')),
    -- How long a signal runs when the professional gives no end date; the law allows at most 2 years.
    default_signal_months   int not null default 12 check (default_signal_months between 1 and 24),
    signal_only             boolean not null default false,
    connected               boolean not null default true,
    unique (municipality_id, name)
);

create table professionals (
    id              uuid primary key,
    organisation_id uuid not null references organisations,
    name            text not null,
    email           text not null,
    phone           text,
    language        text not null default 'nl' check (language in ('nl', 'en')),
    active          boolean not null default true
);

create unique index professionals_email_unique on professionals (lower(email));
create index professionals_organisation on professionals (organisation_id);
