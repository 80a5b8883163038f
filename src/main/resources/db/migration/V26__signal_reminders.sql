-- Reminders to the professional of a signal, and their outbox. A row is both the record that the
-- reminder was queued, which keeps it to one per key, and the message that the dispatcher sends.
-- An informing reminder is sent once per signal. An ending reminder is sent once per end date, so
-- a signal that is extended and comes near its new end date gets one more. Rows go with their
-- signal when it is destroyed.

create table signal_reminders (
    id                uuid primary key,
    -- Order in which reminders were queued; the dispatcher sends due ones in this order.
    number            bigint generated always as identity unique,
    signal_id         uuid not null references signals on delete cascade,
    kind              text not null check (kind in ('informing', 'ending')),
    -- The end date an ending reminder is about; null for an informing reminder.
    end_date          date,
    -- Whom the professional must inform, by the child's age on the registration date; null for an
    -- ending reminder.
    informing_parties text check (informing_parties in ('parents', 'child', 'both')),
    created_at        timestamptz not null,
    attempts          int not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error        text,
    sent_at           timestamptz,
    -- Set instead of sent_at when the reminder was no longer needed at sending: the signal ended,
    -- informing was recorded, or the end date changed.
    cancelled_at      timestamptz,
    check (sent_at is null or cancelled_at is null),
    check ((kind = 'ending') = (end_date is not null)),
    check ((kind = 'informing') = (informing_parties is not null))
);

create unique index signal_reminders_one_informing on signal_reminders (signal_id) where kind = 'informing';
create unique index signal_reminders_one_ending on signal_reminders (signal_id, end_date) where kind = 'ending';
create index signal_reminders_pending on signal_reminders (number) where sent_at is null and cancelled_at is null;
