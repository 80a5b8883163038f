-- Coordination after a match: who is proposed as coordinator (regievoerder), who accepted, and
-- which members recorded that contact was made. A match without a row here has status 'new' and
-- nobody proposed.

create table match_coordination (
    match_id                uuid primary key references matches on delete cascade,
    status                  text not null default 'new' check (status in ('new', 'in-contact', 'coordinated')),
    proposed_coordinator_id uuid references professionals,
    -- Null when the proposal was made automatically by the municipality's priority list.
    proposed_by_id          uuid references professionals,
    proposed_on             date,
    coordinator_id          uuid references professionals,
    coordinated_on          date,
    check ((status = 'coordinated') = (coordinator_id is not null)),
    check ((coordinator_id is null) = (coordinated_on is null)),
    check ((proposed_coordinator_id is null) = (proposed_on is null)),
    check (proposed_coordinator_id is distinct from coordinator_id or proposed_coordinator_id is null)
);

-- One row per member who recorded contact; the row goes when the member's last signal in the match ends.
create table match_contacts (
    match_id        uuid not null references match_coordination on delete cascade,
    professional_id uuid not null references professionals,
    contacted_on    date not null,
    primary key (match_id, professional_id)
);

-- A municipality's ordered list of organisation kinds: a new match proposes as coordinator the
-- first member whose organisation kind comes first on the list.
create table coordination_priorities (
    municipality_id    uuid primary key references municipalities,
    organisation_kinds text[] not null check (organisation_kinds <@ array[
        'education', 'compulsory-education', 'childcare', 'youth-health-care', 'midwifery',
        'health-care', 'youth-care', 'youth-protection', 'safe-at-home', 'social-work',
        'police-justice', 'work-income', 'other']::text[])
);
