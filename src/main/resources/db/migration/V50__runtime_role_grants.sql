-- The application runs as a role of its own, the runtime role (${runtimeRole}), which owns nothing;
-- the tables belong to the role that migrates (the owner). A role that owns no table cannot switch
-- its triggers off, and one that is not a superuser cannot set session_replication_role, so the
-- rules below and the triggers that lock signed records hold against the application itself.
--
-- What the runtime role may do:
--   * read and add rows in every table (and, by the default privileges at the end, in every table
--     a later migration makes);
--   * change and remove rows only in the tables named below as the application's working tables;
--   * change, never remove, the rows of the four records that are written in steps and then lock
--     (session records until signed, aftercare plans until handed over, holds until cleared, a
--     client's sitting until finished);
--   * nothing more on the insert-only tables: the audit log, booking history, consent texts,
--     signed consents and withdrawals, intake versions and clearances, hold reasons and steps,
--     session entries and amendments, aftercare check-ins and the entity history;
--   * never TRUNCATE, REFERENCES or TRIGGER, and nothing on Flyway's own history.
--
-- A later migration that makes a table the application changes grants UPDATE (and DELETE) on it
-- to ${runtimeRole} itself; a table it only appends to needs nothing. See README, "Database roles".
do $$
declare
    runtime text := '${runtimeRole}';
    owner   text := current_user;
    schema  text := current_schema();
    tables  text;
begin
    -- the session entry rule reads the entry a strike-out names with a share lock, which needs the
    -- right to update session_entry; it runs with its owner's rights, so the runtime role needs none
    execute format('alter function session_entry_locked() security definer set search_path = %I, pg_temp',
                   schema);

    if runtime = owner then
        -- one role for both: nothing to grant, and nothing holds against the application
        raise warning 'Holdspace runs as %, the owner of its tables (see README, "Database roles")', runtime;
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime) then
        raise exception 'the runtime role % does not exist: create it first (README, "Database roles")', runtime;
    end if;
    if (select rolsuper from pg_roles where rolname = runtime) then
        raise warning 'the runtime role % is a superuser: no grant or trigger binds it', runtime;
    end if;

    execute format('grant usage on schema %I to %I', schema, runtime);
    execute format('grant select, insert on all tables in schema %I to %I', schema, runtime);
    execute format('grant usage, select on all sequences in schema %I to %I', schema, runtime);
    execute format('revoke all on %I.flyway_schema_history from %I', schema, runtime);

    -- working tables: the application changes and removes their rows
    select string_agg(format('%I.%I', schema, name), ', ') into tables
    from unnest(array[
        'account', 'recovery_code', 'spring_session', 'spring_session_attributes', 'rate_limit_bucket',
        'shedlock', 'outgoing_message', 'calendar_feed', 'portal_invitation', 'client', 'emergency_contact',
        'clinic_setting', 'site', 'room', 'session_type', 'working_hours', 'time_off', 'booking',
        'waitlist_entry', 'waitlist_window', 'waitlist_offer', 'consent_document', 'intake_draft',
        'aftercare_item', 'aftercare_plan_item'
    ]) as name;
    execute format('grant update, delete on %s to %I', tables, runtime);

    -- records written in steps, then locked by their triggers; never removed
    select string_agg(format('%I.%I', schema, name), ', ') into tables
    from unnest(array['session_record', 'aftercare_plan', 'clinical_hold', 'intake_self_fill']) as name;
    execute format('grant update on %s to %I', tables, runtime);

    -- insert-only: nothing beyond select and insert, whatever was granted before
    select string_agg(format('%I.%I', schema, c.relname), ', ') into tables
    from pg_class c
    where c.relnamespace = schema::regnamespace and c.relkind in ('r', 'p')
      and (c.relname in ('audit_event', 'booking_event', 'consent_document_version', 'signed_consent',
                         'consent_withdrawal', 'intake_version', 'intake_clearance', 'clinical_hold_reason',
                         'clinical_hold_step', 'session_entry', 'session_amendment', 'aftercare_check_in',
                         'history_revision')
           or c.relname like '%\_history' escape '\');
    execute format('revoke update, delete, truncate, references, trigger on %s from %I', tables, runtime);

    -- tables and sequences that later migrations make: read and add, nothing more until granted
    execute format('alter default privileges for role %I in schema %I grant select, insert on tables to %I',
                   owner, schema, runtime);
    execute format('alter default privileges for role %I in schema %I grant usage, select on sequences to %I',
                   owner, schema, runtime);
end
$$;
