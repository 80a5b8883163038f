-- The inspection letter of a rights request lists every access to one child's data, so the audit
-- trail is read by child pseudonym.

create index audit_entries_child on audit_entries (child_pseudonym, sequence) where child_pseudonym is not null;
