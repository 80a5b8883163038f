-- The earliest day on which the child of a signal can turn 23, taken from the population register
-- at registration. A partial birth date counts from the first day of its month or year, and a child
-- born on 29 February turns 23 on 28 February of a common year. From that day the index destroys
-- every signal and every other trace of the child. Only the date is stored, never the birth date.
-- Signals registered before this column existed start with null; the 23rd-birthday job fills them
-- by decrypting the BSN and asking the register, and leaves null when the register gives no year.

alter table signals add column earliest_23rd_birthday date;

create index signals_earliest_23rd_birthday on signals (earliest_23rd_birthday);
create index signals_archived_ended_on on signals (ended_on) where status = 'archived';
