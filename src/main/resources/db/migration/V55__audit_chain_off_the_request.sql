-- A request appends its audit event as a plain row and goes on; it no longer waits for the chain's
-- lock. One job (AuditChainJob) extends the chain: under the lock, in the order the rows were
-- appended, it gives each unchained row its position, the hash of the row before and its own hash,
-- and Holdspace seals it in the same transaction. A row is never lost on the way: it is committed
-- before the page is sent, and it waits unchained until the job reaches it.

drop trigger audit_event_chain on audit_event;
drop function audit_event_chain();

alter table audit_event alter column position drop not null,
                        alter column prev_hash drop not null,
                        alter column hash drop not null;

-- the job's next batch, found without reading the chained log
create index audit_event_unchained_idx on audit_event (id) where position is null;

-- Rows stay as they were written; the one change allowed is the job chaining an unchained row.
create function audit_event_chained_only() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old.position is null and old.prev_hash is null and old.hash is null
       and new.position is not null and new.prev_hash is not null and new.hash is not null
       and (new.id, new.occurred_at, new.account_id, new.actor, new.role, new.client_id, new.action, new.subject,
            new.status, new.address)
           is not distinct from
           (old.id, old.occurred_at, old.account_id, old.actor, old.role, old.client_id, old.action, old.subject,
            old.status, old.address) then
        return new;
    end if;
    raise exception 'the audit log is insert-only' using errcode = '55000';
end
$$;

drop trigger audit_event_insert_only on audit_event;
create trigger audit_event_insert_only before update or delete on audit_event
    for each row execute function audit_event_chained_only();

-- Chains up to batch_size rows and returns them, for Holdspace to seal. Another caller that finds
-- the lock taken gets nothing and leaves the work to the one that holds it.
create function audit_event_extend_chain(batch_size integer)
    returns table (chained_position bigint, chained_hash text)
    language plpgsql as $$
declare
    last_position bigint;
    last_hash     text;
    e             audit_event;
begin
    if not pg_try_advisory_xact_lock(hashtext('audit_event_chain')) then
        return;
    end if;
    select a.position, a.hash into last_position, last_hash
    from audit_event a where a.position is not null order by a.position desc limit 1;
    last_position := coalesce(last_position, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));
    for e in select * from audit_event a where a.position is null order by a.id limit batch_size for update loop
        e.position := last_position + 1;
        e.prev_hash := last_hash;
        e.hash := encode(sha256(convert_to(audit_event_text(e), 'UTF8')), 'hex');
        update audit_event set position = e.position, prev_hash = e.prev_hash, hash = e.hash where id = e.id;
        last_position := e.position;
        last_hash := e.hash;
        chained_position := e.position;
        chained_hash := e.hash;
        return next;
    end loop;
end
$$;

-- The runtime role (V50) appends what happened and nothing more: it cannot choose a row's place
-- in the chain, and it changes rows only through the job's function, which runs as the owner.
do $$
declare
    runtime text := '${runtimeRole}';
    schema  text := current_schema();
begin
    execute format('alter function audit_event_extend_chain(integer) security definer set search_path = %I, pg_temp',
                   schema);
    if runtime = current_user then
        return;
    end if;
    execute format('revoke insert on %I.audit_event from %I', schema, runtime);
    execute format('grant insert (occurred_at, account_id, actor, role, client_id, action, subject, status, address)'
                   ' on %I.audit_event to %I', schema, runtime);
end
$$;
