-- One row per run of the bulk import (the import-signals command), with its counts, which the
-- import updates with every chunk it commits. A run that stopped early stays 'running'; running the
-- same file again continues where it stopped, because signals already stored count as present.

create table signal_imports (
    id               uuid primary key,
    file_name        text not null,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    status           text not null check (status in ('running', 'finished', 'failed')),
    rows_read        bigint not null default 0,
    imported         bigint not null default 0,
    already_present  bigint not null default 0,
    rejected         bigint not null default 0
);

-- The import reads every signal of the children in a chunk, to find rows already present (same
-- child, professional and registration date) and professionals with an active signal on the child.
create index signals_child on signals (child_pseudonym, professional_id, registered_on);
