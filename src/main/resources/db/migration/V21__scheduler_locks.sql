-- ShedLock's lock rows: a scheduled job runs on the node that holds its row until lock_until,
-- so that every node may schedule the job but only one runs it at a time.

create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);
