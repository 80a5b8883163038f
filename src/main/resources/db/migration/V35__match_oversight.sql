-- Municipal oversight of matches. Coordination keeps, per match, the municipalities where the
-- population register registers its children, for the notice to the municipal
-- coordinator about a match across municipal borders and for the list of matches without contact.
-- Rows name matches by id and never a child.

create table overseen_matches (
    match_id  uuid primary key,
    -- The day the match was made.
    made_on   date not null,
    -- True from the moment a member joins the match until the check of its municipalities ran.
    check_due boolean not null,
    -- The first day of the check that is still due, so that a child the register never named stops
    -- holding up the check after a few days.
    due_since date not null
);

create index overseen_matches_due on overseen_matches (due_since) where check_due;

create table overseen_match_municipalities (
    match_id          uuid not null references overseen_matches on delete cascade,
    -- The four-digit code (BRP table 33) of a municipality where a child of the match is registered.
    municipality_code text not null check (municipality_code ~ '^[0-9]{4}$'),
    -- False once no child of the match is registered here any more; the row stays for noticed_on.
    current           boolean not null,
    -- The day the notice about the match crossing municipal borders was queued for this
    -- municipality, so that it gets at most one per match. Null while none was.
    noticed_on        date,
    primary key (match_id, municipality_code)
);

create index overseen_match_municipalities_code
    on overseen_match_municipalities (municipality_code) where current;

-- Notification outbox: emails to a municipal coordinator about a match across municipal borders.
-- A row exists only while its email waits.
create table border_notices (
    id                uuid primary key,
    number            bigint generated always as identity unique,
    match_id          uuid not null,
    municipality_code text not null check (municipality_code ~ '^[0-9]{4}$'),
    created_at        timestamptz not null,
    attempts          int not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error        text,
    unique (match_id, municipality_code)
);

create index border_notices_due on border_notices (next_attempt_at);
