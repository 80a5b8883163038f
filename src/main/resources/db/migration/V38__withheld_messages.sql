-- Messages that the outbox withheld instead of sending, with the reason the outbox page shows. The
-- only reason so far is 'generated-demo-history': the demo's generated year queues thousands of
-- emails for days in the past. A withheld match or coordination message also has cancelled_at set,
-- so no dispatcher claims it. A withheld border notice keeps its row, which dispatchers skip.

alter table notification_messages add column withheld_reason text
    check (withheld_reason is null or cancelled_at is not null);
alter table coordination_messages add column withheld_reason text
    check (withheld_reason is null or cancelled_at is not null);
alter table border_notices add column withheld_reason text;

drop index border_notices_due;
create index border_notices_due on border_notices (next_attempt_at) where withheld_reason is null;
