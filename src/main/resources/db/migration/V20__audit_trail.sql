-- The audit trail: one row per read, write, search, export, notification or login, chained by
-- SHA-256 hashes (the canonical form is described in nl.verwijsindex.audit.internal.EntryHashes
-- and in the README). Rows name ids and a child's pseudonym, never a name, email address, phone
-- number or BSN.

create table audit_entries (
    sequence               bigint primary key check (sequence > 0),
    recorded_at            timestamptz not null,
    action                 text not null,
    outcome                text not null,
    actor_type             text,
    actor_id               text,
    actor_role             text,
    actor_organisation_id  uuid,
    actor_municipality_id  uuid,
    on_behalf_of_id        uuid,
    origin                 text,
    object_type            text,
    object_id              text,
    child_pseudonym        bytea,
    pseudonym_key_version  integer,
    purpose                text not null,
    previous_hash          bytea not null check (length(previous_hash) = 32),
    hash                   bytea not null check (length(hash) = 32),
    check ((child_pseudonym is null) = (pseudonym_key_version is null))
);

create index audit_entries_recorded_at on audit_entries (recorded_at);

-- Where verification starts: the sequence number and hash of the last entry that retention deleted,
-- or 0 and 32 zero bytes while nothing has been deleted.
create table audit_anchor (
    id        integer primary key check (id = 1),
    sequence  bigint not null check (sequence >= 0),
    hash      bytea not null check (length(hash) = 32),
    moved_at  timestamptz
);

insert into audit_anchor (id, sequence, hash) values (1, 0, decode(repeat('00', 32), 'hex'));

-- A second guard beside the privileges: it also stops the owner role, unless retention's function
-- has switched it off for its own transaction. Disabling the trigger needs the owner role.
create function audit_reject_change() returns trigger
language plpgsql as $$
begin
    if tg_op in ('DELETE', 'UPDATE')
            and coalesce(current_setting('verwijsindex.audit_retention', true), '') = 'on' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'The audit trail is append-only: % on % is rejected', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_reject_change();
create trigger audit_entries_no_truncate before truncate on audit_entries
    for each statement execute function audit_reject_change();
create trigger audit_anchor_guarded before update or delete on audit_anchor
    for each row execute function audit_reject_change();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute function audit_reject_change();

-- Deletes the oldest entries, up to but not including the first entry recorded at or after the
-- cutoff, and moves the anchor to the last deleted entry. It runs with the owner's rights, so the
-- application role may call it without holding DELETE itself. A cutoff less than one year in the
-- past is rejected, so that the application role cannot use it to erase recent history.
create function audit_delete_expired(cutoff timestamptz) returns bigint
language plpgsql security definer set search_path = public, pg_temp as $$
declare
    first_kept     bigint;
    last_deleted   bigint;
    last_hash      bytea;
    deleted_count  bigint;
begin
    if cutoff > now() - interval '1 year' then
        raise exception 'Invalid audit retention cutoff %: entries of the last year are always kept', cutoff
            using errcode = 'invalid_parameter_value';
    end if;
    -- The lock that every append takes, so that no entry is added while the chain is cut.
    perform pg_advisory_xact_lock(1635083380, 0);

    select sequence into first_kept from audit_entries
        where recorded_at >= cutoff order by recorded_at, sequence limit 1;
    if first_kept is not null then
        -- Clocks of two nodes can differ a little, so an earlier sequence may have a later time.
        select min(sequence) into first_kept from audit_entries
            where sequence <= first_kept and recorded_at >= cutoff;
    end if;
    select sequence, hash into last_deleted, last_hash from audit_entries
        where first_kept is null or sequence < first_kept
        order by sequence desc limit 1;
    if last_deleted is null then
        return 0;
    end if;

    perform set_config('verwijsindex.audit_retention', 'on', true);
    delete from audit_entries where sequence <= last_deleted;
    get diagnostics deleted_count = row_count;
    update audit_anchor set sequence = last_deleted, hash = last_hash, moved_at = now() where id = 1;
    perform set_config('verwijsindex.audit_retention', 'off', true);
    return deleted_count;
end
$$;

revoke all on function audit_delete_expired(timestamptz) from public;

-- The application connects as its own role (the placeholder), which may read and change the other
-- tables but only read and append audit entries. Default privileges give it the same rights on the
-- tables and sequences of later migrations, which this owner role runs. When the application
-- connects as the owner itself (an external database without owner settings), nothing is granted
-- and only the triggers guard the trail.
do $$
declare
    application_role text := '${application_role}';
begin
    if application_role = '' or application_role = current_user then
        raise notice 'The application connects as the owner role %, so the audit trail is guarded by triggers only',
            current_user;
        return;
    end if;
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application_role);
    execute format('grant usage, select on all sequences in schema public to %I', application_role);
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
        application_role);
    execute format('alter default privileges in schema public grant usage, select on sequences to %I',
        application_role);
    execute format('revoke all on flyway_schema_history from %I', application_role);
    execute format('revoke update, delete, truncate on audit_entries from %I', application_role);
    execute format('revoke insert, update, delete, truncate on audit_anchor from %I', application_role);
    execute format('grant execute on function audit_delete_expired(timestamptz) to %I', application_role);
end
$$;
