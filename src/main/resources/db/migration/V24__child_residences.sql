-- The municipality each child with active signals lived in when the population register was last
-- asked, so that the nightly re-check notices a move. Keyed by the child's pseudonym, never a BSN.
-- The row goes when every trace of the child is destroyed.

create table child_residences (
    child_pseudonym       bytea primary key check (length(child_pseudonym) = 32),
    pseudonym_key_version smallint not null,
    -- The four-digit code (BRP table 33) of the last Dutch municipality the child lived in. It is
    -- null until the register has named one.
    municipality_code     text check (municipality_code ~ '^[0-9]{4}$'),
    -- What the register returned the last time: resident, emigrated, non-resident or not-found.
    register_status       text not null check (register_status in ('resident', 'emigrated', 'non-resident', 'not-found')),
    checked_on            date not null
);
