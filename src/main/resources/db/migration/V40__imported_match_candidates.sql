-- Whether a match candidate's signal came in through the bulk import. Professionals of two imported
-- signals were introduced by the index the signals came from, so their introduction is recorded
-- without an email; a pair with a signal registered in this index is told as after a registration.

alter table match_candidates add column imported boolean not null default false;
