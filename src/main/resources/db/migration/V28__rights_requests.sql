-- Requests of a child or parent to inspect, correct or object to what the index keeps about the
-- child, handled by municipal officers. The child is stored only as a pseudonym and an encrypted
-- BSN, and only after an officer looked the child up inside the request.

create table rights_requests (
    id                     uuid primary key,
    number                 bigint generated always as identity unique,
    municipality_id        uuid not null references municipalities,
    kind                   text not null check (kind in ('inspection', 'correction', 'objection')),
    requester              text not null check (requester in ('parent', 'parent-and-child', 'child')),
    -- The child's age category as the requester stated it when the request was recorded.
    stated_age             text not null check (stated_age in ('under-12', '12-to-15', '16-and-older')),
    received_on            date not null,
    deadline               date not null check (deadline >= received_on),
    status                 text not null check (status in ('open', 'proposed', 'approved')),
    recorded_by            uuid not null,
    created_at             timestamptz not null,
    child_pseudonym        bytea check (length(child_pseudonym) = 32),
    pseudonym_key_version  smallint,
    bsn_ciphertext         bytea,
    encryption_key_version smallint,
    -- The age category that the population register's birth date gives on the day received.
    register_age           text check (register_age in ('under-12', '12-to-15', '16-and-older')),
    proposal               text check (proposal in ('letter-ready', 'upheld', 'rejected', 'corrected')),
    proposal_note          text check (length(proposal_note) <= 1000),
    proposed_by            uuid,
    decided_by             uuid,
    decided_at             timestamptz,
    check ((child_pseudonym is null) = (bsn_ciphertext is null)),
    check ((status = 'open') = (proposal is null)),
    check (status <> 'approved' or decided_by is distinct from proposed_by)
);

create index rights_requests_municipality on rights_requests (municipality_id, deadline);
create index rights_requests_child on rights_requests (child_pseudonym) where child_pseudonym is not null;

-- Emails that tell a professional that their signal was destroyed because an objection was upheld.
-- The signal is gone by then, so the row keeps the number and own reference that the email names,
-- and clears the own reference once the email is sent.
create table objection_messages (
    id                        uuid primary key,
    number                    bigint generated always as identity unique,
    recipient_professional_id uuid not null,
    signal_id                 uuid not null,
    signal_number             bigint not null,
    own_reference             text check (length(own_reference) <= 100),
    created_at                timestamptz not null,
    attempts                  int not null default 0 check (attempts >= 0),
    next_attempt_at           timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error                text,
    sent_at                   timestamptz,
    cancelled_at              timestamptz,
    check (sent_at is null or cancelled_at is null)
);

create index objection_messages_pending
    on objection_messages (number) where sent_at is null and cancelled_at is null;
