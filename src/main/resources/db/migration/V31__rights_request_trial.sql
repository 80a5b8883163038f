-- A rights request can be closed without a child when the municipality cannot handle it, for
-- example because the child lives in another municipality. When a second officer sends a proposal
-- back, the request keeps who did so and the optional reason, to show to the proposer.
alter table rights_requests drop constraint rights_requests_proposal_check;
alter table rights_requests add constraint rights_requests_proposal_check
    check (proposal in ('letter-ready', 'upheld', 'rejected', 'corrected', 'cannot-be-handled'));
alter table rights_requests add column sent_back_reason text check (length(sent_back_reason) <= 1000);
alter table rights_requests add column sent_back_by uuid;
