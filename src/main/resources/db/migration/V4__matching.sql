-- Matching keeps its own copy of what it needs of each signal, filled from SignalRegistered.

create table match_candidates (
    signal_id         uuid primary key,
    child_pseudonym   bytea not null,
    parent_pseudonyms bytea[] not null,
    professional_id   uuid not null,
    active            boolean not null
);

create index match_candidates_child on match_candidates (child_pseudonym) where active;
create index match_candidates_parents on match_candidates using gin (parent_pseudonyms) where active;

-- A child match is keyed by one child; a family match by the pair of children that share a parent,
-- the smaller pseudonym first, so that the relation stays between two children and is not transitive.
create table matches (
    id                    uuid primary key,
    type                  text not null check (type in ('child', 'family')),
    child_pseudonym       bytea not null,
    other_child_pseudonym bytea,
    since                 date not null,
    ended_on              date,
    check ((type = 'child') = (other_child_pseudonym is null)),
    check (other_child_pseudonym is null or child_pseudonym < other_child_pseudonym)
);

create unique index matches_one_active_child
    on matches (child_pseudonym) where type = 'child' and ended_on is null;
create unique index matches_one_active_family
    on matches (child_pseudonym, other_child_pseudonym) where type = 'family' and ended_on is null;

create table match_members (
    match_id  uuid not null references matches on delete cascade,
    signal_id uuid not null,
    joined_on date not null,
    primary key (match_id, signal_id)
);

create index match_members_signal on match_members (signal_id);

-- Who has been told about whom in each match, so that nobody is told twice.
create table match_introductions (
    match_id              uuid not null references matches on delete cascade,
    professional_id       uuid not null,
    other_professional_id uuid not null,
    primary key (match_id, professional_id, other_professional_id)
);

create index matches_active_other_child on matches (other_child_pseudonym) where ended_on is null;
