-- Outbox of match notifications. A row is written in the transaction that made or changed the
-- match, and a dispatcher sends it after the commit. Only ids are stored: names and addresses are
-- read when the email is composed, so this table contains no contact details.

create table notification_messages (
    id                        uuid primary key,
    -- Order in which messages were queued; the dispatcher sends due messages in this order.
    number                    bigint generated always as identity unique,
    recipient_professional_id uuid not null,
    match_id                  uuid not null,
    match_type                text not null check (match_type in ('child', 'family')),
    match_date                date not null,
    recipient_signal_id       uuid not null,
    other_professional_ids    uuid[] not null check (cardinality(other_professional_ids) > 0),
    -- The active signals of those professionals, in the same order: a destroyed signal takes its
    -- professional out of the pending messages that would introduce them.
    other_signal_ids          uuid[] not null
        check (cardinality(other_signal_ids) = cardinality(other_professional_ids)),
    created_at                timestamptz not null,
    attempts                  int not null default 0 check (attempts >= 0),
    next_attempt_at           timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error                text,
    sent_at                   timestamptz,
    -- Set instead of sent_at when the recipient's own signal, or every signal the message introduces,
    -- was destroyed before sending.
    cancelled_at              timestamptz,
    check (sent_at is null or cancelled_at is null)
);

create index notification_messages_pending
    on notification_messages (number) where sent_at is null and cancelled_at is null;
create index notification_messages_pending_signal
    on notification_messages (recipient_signal_id) where sent_at is null and cancelled_at is null;
create index notification_messages_pending_other_signals
    on notification_messages using gin (other_signal_ids) where sent_at is null and cancelled_at is null;
