-- Outbox of the emails that tell a municipality's coordinator that a child with active signals
-- moved there. Only the child's pseudonym and the municipality code are stored: the holders of the
-- signals, and the coordinator's address, are read when the email is composed. A row is deleted
-- once its email is sent or no longer needed, and the audit trail keeps the record, so that no row
-- about the child outlives its signals. Rows of a child also go when the child's traces are
-- destroyed.

create table move_notices (
    id                    uuid primary key,
    -- Order in which notices were queued; the dispatcher sends due ones in this order.
    number                bigint generated always as identity unique,
    child_pseudonym       bytea not null check (length(child_pseudonym) = 32),
    pseudonym_key_version smallint not null,
    to_municipality_code  char(4) not null check (to_municipality_code ~ '^[0-9]{4}$'),
    created_at            timestamptz not null,
    attempts              int not null default 0 check (attempts >= 0),
    next_attempt_at       timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error            text,
    -- One pending notice per child and municipality, so that a move reported twice before sending
    -- gives one email.
    unique (child_pseudonym, to_municipality_code)
);
