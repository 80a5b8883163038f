-- A login check now writes its failure row before it checks, under an advisory lock on the key, and
-- deletes the row when the check succeeds. Parallel guesses therefore see each other, and the id
-- names the row to delete. Guessed invitation links count apart from logins ('invitation'), so that
-- they block only the invitation page.

alter table login_failures add column id bigint generated always as identity primary key;

alter table login_failures drop constraint login_failures_kind_check;
alter table login_failures add constraint login_failures_kind_check
    check (kind in ('account', 'address', 'invitation'));

-- The token hashes of invitations that a new invitation replaced. Opening such a link is a person
-- following an old email, not a guess, so it must not count towards the limit.
create table replaced_invitation_tokens (
    token_hash  bytea primary key check (length(token_hash) = 32),
    account_id  uuid not null references accounts on delete cascade
);
