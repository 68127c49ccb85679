-- Who reached which record, and every sign-in, lockout, timeout and refusal: one row per event,
-- never changed and never removed. Each row carries the SHA-256 of its content and of the row
-- before it, so a row edited or removed behind Holdspace's back (by someone who can switch the
-- triggers off) breaks the chain at that row, and the verification (AuditChain) names it.
create table audit_event (
    id           bigint generated always as identity primary key,
    position     bigint      not null,
    occurred_at  timestamptz not null,
    account_id   bigint,
    actor        text        not null,
    role         text,
    client_id    bigint,
    action       text        not null,
    subject      text        not null,
    status       integer,
    address      text,
    prev_hash    text        not null,
    hash         text        not null,
    constraint audit_event_position_key unique (position),
    constraint audit_event_hash_key unique (hash),
    constraint audit_event_action_known check (action in ('VIEW', 'PRINT', 'EXPORT', 'EDIT', 'SIGN', 'AMEND',
        'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'SECOND_FACTOR', 'SECOND_FACTOR_FAILED', 'LOCKOUT', 'TIMEOUT',
        'DENIED', 'ACCOUNT')),
    constraint audit_event_texts_fit check (length(actor) <= 254 and length(role) <= 20 and length(subject) <= 500
        and length(address) <= 64)
);

create index audit_event_client_idx on audit_event (client_id, position desc) where client_id is not null;
create index audit_event_account_idx on audit_event (account_id, position desc) where account_id is not null;
create index audit_event_time_idx on audit_event (occurred_at);

-- The text a row's hash is taken over; AuditChain builds the same text to check it.
create function audit_event_text(e audit_event) returns text
    language sql immutable as $$
    select concat_ws('|', e.position, e.prev_hash,
        to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        coalesce(e.account_id::text, ''), e.actor, coalesce(e.role, ''), coalesce(e.client_id::text, ''),
        e.action, e.subject, coalesce(e.status::text, ''), coalesce(e.address, ''))
$$;

-- Rows join the chain one at a time, in the order they are written.
create function audit_event_chain() returns trigger
    language plpgsql as $$
declare
    last_position bigint;
    last_hash     text;
begin
    perform pg_advisory_xact_lock(hashtext('audit_event_chain'));
    select position, hash into last_position, last_hash from audit_event order by position desc limit 1;
    new.position := coalesce(last_position, 0) + 1;
    new.prev_hash := coalesce(last_hash, repeat('0', 64));
    new.hash := encode(sha256(convert_to(audit_event_text(new), 'UTF8')), 'hex');
    return new;
end
$$;

create trigger audit_event_chain before insert on audit_event
    for each row execute function audit_event_chain();

create function audit_event_is_insert_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'the audit log is insert-only' using errcode = '55000';
end
$$;

create trigger audit_event_insert_only before update or delete on audit_event
    for each row execute function audit_event_is_insert_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_is_insert_only();

-- For a deployment that connects as a role other than the tables' owner (see SECURITY.md).
revoke update, delete, truncate on audit_event from public;
