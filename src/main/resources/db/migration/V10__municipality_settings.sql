-- Settings that a municipality's officers manage on the municipality settings page.

alter table municipalities
    -- The municipal coordinator, who is told about moves of children with active signals and about
    -- matches across municipal borders. Null until the municipality sets one.
    add column coordinator_email   text,
    -- Deadline for handling a request of a child or parent to inspect, correct or remove data. The
    -- GDPR (article 12(3)) allows one month, extendable by two more, so at most 90 days.
    add column rights_request_days int not null default 28 check (rights_request_days between 1 and 90),
    -- Days after which a match where no professional has recorded contact is flagged.
    add column match_contact_days  int not null default 14 check (match_contact_days between 1 and 365);
