-- An unchained row whose values do not form an entry cannot be hashed. The application never
-- writes one, so it was inserted by hand, for example with an unknown action code. Chaining sets
-- such a row aside instead of reading it again on every run. A row set aside keeps no number, retention never deletes it, and
-- verification reports it until the owner role deletes it.

alter table audit_entries add column set_aside boolean not null default false;
alter table audit_entries add constraint audit_entries_set_aside_unchained check (not set_aside or sequence is null);

-- Chaining looks for work among the rows neither chained nor set aside, and verification counts the others.
drop index audit_entries_unchained;
create index audit_entries_unchained on audit_entries (id) where sequence is null and not set_aside;
create index audit_entries_set_aside on audit_entries (id) where set_aside;

-- Replaces the function of V42. Besides retention, it allows two changes of a row that is neither
-- chained nor set aside, each once and without touching any other column: giving it its sequence
-- number and hashes, or setting it aside.
create or replace function audit_entries_guard() returns trigger
language plpgsql as $$
begin
    -- Nested, because NEW is null in a DELETE trigger.
    if tg_op = 'UPDATE' then
        if old.sequence is null
                and not old.set_aside
                and (new.id, new.recorded_at, new.action, new.outcome, new.actor_type, new.actor_id,
                     new.actor_role, new.actor_organisation_id, new.actor_municipality_id,
                     new.on_behalf_of_id, new.origin, new.object_type, new.object_id,
                     new.child_pseudonym, new.pseudonym_key_version, new.purpose)
                    is not distinct from
                    (old.id, old.recorded_at, old.action, old.outcome, old.actor_type, old.actor_id,
                     old.actor_role, old.actor_organisation_id, old.actor_municipality_id,
                     old.on_behalf_of_id, old.origin, old.object_type, old.object_id,
                     old.child_pseudonym, old.pseudonym_key_version, old.purpose) then
            if new.sequence is not null and not new.set_aside then
                return new;
            end if;
            if new.set_aside and new.sequence is null and new.previous_hash is null and new.hash is null then
                return new;
            end if;
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

do $$
declare
    application_role text := '${application_role}';
begin
    if application_role = '' or application_role = current_user then
        return;
    end if;
    execute format('grant update (set_aside) on audit_entries to %I', application_role);
end
$$;
