-- Audit entries are inserted without a place in the chain by the transaction of the step they
-- record, and chained right after that transaction commits, under the append lock, by the
-- chaining worker of whichever node gets the lock first. Until then an entry has no sequence
-- number and no hashes. Business transactions therefore no longer wait for each other's commits.

alter table audit_entries drop constraint audit_entries_pkey;
alter table audit_entries add column id bigint generated always as identity;
alter table audit_entries add constraint audit_entries_pkey primary key (id);

alter table audit_entries alter column sequence drop not null;
alter table audit_entries alter column previous_hash drop not null;
alter table audit_entries alter column hash drop not null;
alter table audit_entries add constraint audit_entries_sequence_key unique (sequence);
alter table audit_entries add constraint audit_entries_chained_whole
    check ((sequence is null) = (hash is null) and (hash is null) = (previous_hash is null));

-- Where the chaining worker finds its work.
create index audit_entries_unchained on audit_entries (id) where sequence is null;

-- Replaces audit_reject_change on this table. Besides what that function allows (retention), it
-- allows one change: giving an unchained entry its sequence number and hashes, once, without
-- touching any other column.
create function audit_entries_guard() returns trigger
language plpgsql as $$
begin
    -- Nested, because NEW is null in a DELETE trigger.
    if tg_op = 'UPDATE' then
        if old.sequence is null
                and new.sequence is not null
                and (new.id, new.recorded_at, new.action, new.outcome, new.actor_type, new.actor_id,
                     new.actor_role, new.actor_organisation_id, new.actor_municipality_id,
                     new.on_behalf_of_id, new.origin, new.object_type, new.object_id,
                     new.child_pseudonym, new.pseudonym_key_version, new.purpose)
                    is not distinct from
                    (old.id, old.recorded_at, old.action, old.outcome, old.actor_type, old.actor_id,
                     old.actor_role, old.actor_organisation_id, old.actor_municipality_id,
                     old.on_behalf_of_id, old.origin, old.object_type, old.object_id,
                     old.child_pseudonym, old.pseudonym_key_version, old.purpose) then
            return new;
        end if;
    end if;
    if tg_op in ('DELETE', 'UPDATE')
            and coalesce(current_setting('verwijsindex.audit_retention', true), '') = 'on' then
        return case when tg_op = 'DELETE' then old else new end;
    end if;
    raise exception 'The audit trail is append-only: % on % is rejected', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end
$$;

drop trigger audit_entries_append_only on audit_entries;
create trigger audit_entries_append_only before update or delete on audit_entries
    for each row execute function audit_entries_guard();

-- As in V20, but the first entry kept and the last one deleted are looked for among chained
-- entries only. Unchained entries are never deleted here; they are chained after the new anchor.
create or replace function audit_delete_expired(cutoff timestamptz) returns bigint
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
    -- The lock that chaining takes, so that no entry is chained while the chain is cut.
    perform pg_advisory_xact_lock(1635083380, 0);

    select sequence into first_kept from audit_entries
        where sequence is not null and recorded_at >= cutoff order by recorded_at, sequence limit 1;
    if first_kept is not null then
        -- Clocks of two nodes can differ a little, so an earlier sequence may have a later time.
        select min(sequence) into first_kept from audit_entries
            where sequence <= first_kept and recorded_at >= cutoff;
    end if;
    select sequence, hash into last_deleted, last_hash from audit_entries
        where sequence is not null and (first_kept is null or sequence < first_kept)
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

-- The application role may set the three chain columns and nothing else; the trigger above
-- allows that only once per entry.
do $$
declare
    application_role text := '${application_role}';
begin
    if application_role = '' or application_role = current_user then
        return;
    end if;
    execute format('grant update (sequence, previous_hash, hash) on audit_entries to %I', application_role);
end
$$;
