-- A signal is archived with reason 'transferred' when its professional leaves and the colleague who
-- takes over already has an active signal on the same child: a professional holds one active
-- signal per child, so the colleague's signal stays.

alter table signals drop constraint signals_end_reason_check;
alter table signals add constraint signals_end_reason_check
    check (end_reason in ('risk-gone', 'end-date', 'transferred'));
