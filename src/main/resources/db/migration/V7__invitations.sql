-- Invitations to new accounts, and the outbox of invitation emails.
--
-- An invited account has no password and no confirmed TOTP secret until the person accepts the
-- invitation, so it cannot log in. While the invitation is open, totp_secret holds the secret
-- that the acceptance page shows, so that reloading the page shows the same QR code.
alter table accounts alter column password_hash drop not null;
alter table accounts alter column totp_secret drop not null;

-- One open invitation per account: inviting again replaces the row, and with it the old link.
create table account_invitations (
    id                uuid primary key,
    account_id        uuid not null unique references accounts on delete cascade,
    -- SHA-256 of the token in the link. The token has 256 random bits, so a plain hash is enough.
    token_hash        bytea not null unique check (length(token_hash) = 32),
    -- The token encrypted with AES-256-GCM (the TOTP secret key, the invitation id as associated
    -- data), kept only until the email is sent, then set to null.
    token_ciphertext  bytea,
    -- The account that sent the invitation; null when the system did, for example the demo.
    invited_by        uuid,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    accepted_at       timestamptz,
    check (expires_at > created_at)
);

-- Invitation emails waiting to be sent. Only the invitation id is stored; the dispatcher reads
-- the address and the link from the access module when it composes the email.
create table invitation_messages (
    id               uuid primary key,
    number           bigint generated always as identity unique,
    invitation_id    uuid not null,
    created_at       timestamptz not null,
    attempts         int not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    -- Exception types and messages of the last failed attempt, with email addresses masked.
    last_error       text,
    sent_at          timestamptz,
    -- Set instead of sent_at when the invitation was replaced, accepted or expired before sending.
    cancelled_at     timestamptz,
    check (sent_at is null or cancelled_at is null)
);

create index invitation_messages_pending
    on invitation_messages (number) where sent_at is null and cancelled_at is null;
