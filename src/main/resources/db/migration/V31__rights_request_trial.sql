-- A rights request can be closed without a child when the municipality cannot handle it, for
-- example because the child lives in another municipality. When a second officer sends a proposal
-- back, the request keeps who did so and the optional reason, to show to the proposer. The names
-- of the officers who approved or sent back are kept as shown at that moment, because the
-- subjectrights module does not read the access module's accounts table.
alter table rights_requests drop constraint rights_requests_proposal_check;
alter table rights_requests add constraint rights_requests_proposal_check
    check (proposal in ('letter-ready', 'upheld', 'rejected', 'corrected', 'cannot-be-handled'));
alter table rights_requests add column decided_by_name text;
alter table rights_requests add column sent_back_reason text check (length(sent_back_reason) <= 1000);
alter table rights_requests add column sent_back_by uuid;
alter table rights_requests add column sent_back_by_name text;

-- An objection message is deleted once it is sent or cancelled, because the audit trail keeps the
-- record. Until then it names the child by pseudonym, so that it goes when every trace of the child
-- is destroyed. Rows queued before this migration have no pseudonym.
alter table objection_messages add column child_pseudonym bytea check (length(child_pseudonym) = 32);
alter table objection_messages add column pseudonym_key_version smallint;
delete from objection_messages where sent_at is not null or cancelled_at is not null;
create index objection_messages_child on objection_messages (child_pseudonym) where child_pseudonym is not null;
