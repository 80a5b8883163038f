-- The professional proposed as coordinator when a match email was queued, so that the email names
-- them. Null when nobody was proposed.
alter table notification_messages add column proposed_coordinator_id uuid;

-- Outbox of emails about a change in a match's coordination, one row per member to tell. A row is
-- written in the transaction that stored the change, and a dispatcher sends it after the commit.
-- Only ids and codes are stored: names and addresses are read when the email is composed.
create table coordination_messages (
    id                        uuid primary key,
    -- Order in which messages were queued, which is the order in which the dispatcher sends them.
    number                    bigint generated always as identity unique,
    recipient_professional_id uuid not null,
    -- The recipient's own signal in the match, whose number the email shows.
    recipient_signal_id       uuid not null,
    match_id                  uuid not null,
    match_type                text not null check (match_type in ('child', 'family')),
    match_date                date not null,
    change                    text not null check (change in ('proposed', 'accepted', 'declined',
                                  'contact-recorded', 'coordinator-left', 'proposed-left', 'member-left')),
    -- The member who took the step, or null when the change followed from a member leaving the match.
    actor_professional_id     uuid,
    status                    text not null check (status in ('new', 'in-contact', 'coordinated')),
    proposed_coordinator_id   uuid,
    coordinator_id            uuid,
    created_at                timestamptz not null,
    attempts                  int not null default 0 check (attempts >= 0),
    next_attempt_at           timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error                text,
    sent_at                   timestamptz,
    -- Set instead of sent_at when the match ended, or the recipient or a professional the email
    -- names is no longer a member, before sending.
    cancelled_at              timestamptz,
    check (sent_at is null or cancelled_at is null)
);

create index coordination_messages_pending
    on coordination_messages (number) where sent_at is null and cancelled_at is null;
create index coordination_messages_match on coordination_messages (match_id);
create index coordination_messages_pending_signal
    on coordination_messages (recipient_signal_id) where sent_at is null and cancelled_at is null;
