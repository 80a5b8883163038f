-- A signal is archived with reason 'transferred' when it is handed over to a colleague who already
-- has an active signal on the same child. A professional has at most one active signal per child,
-- so the colleague's signal stays.

alter table signals drop constraint signals_end_reason_check;
alter table signals add constraint signals_end_reason_check
    check (end_reason in ('risk-gone', 'end-date', 'transferred'));
