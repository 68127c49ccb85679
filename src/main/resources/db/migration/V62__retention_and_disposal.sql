-- Records that leave and last: clinical records are kept for a set time after the client was last
-- seen, then disposed of once an admin confirms it. Nothing is disposed of by a job, nothing under a
-- legal hold or an open clinical hold, and what stays is a minimal, non-clinical tombstone.

-- How long records are kept: years after the client was last seen (an adult), and, for someone seen
-- while under 18, at least until this birthday. The admin edits both on the clinic settings page.
insert into clinic_setting (key, value) values ('retention-adult-years', '8'), ('retention-minor-age', '25');

-- A legal hold (litigation, an investigation, a regulator's request) keeps a client's record
-- whatever its age. Placing and lifting are each a row of their own, never changed: the latest row
-- says whether the hold stands. The rows keep the client's id number only (no foreign key), so the
-- history of holds outlives a disposal as the clinic's own account of why a record was kept.
create table legal_hold_event (
    id          bigint generated always as identity primary key,
    client_id   bigint      not null,
    action      text        not null,
    reason      text        not null,
    by_account  bigint      not null,
    by_name     text        not null,
    at          timestamptz not null,
    constraint legal_hold_event_action_known check (action in ('PLACED', 'LIFTED')),
    constraint legal_hold_event_reason_fits check (length(btrim(reason)) between 1 and 1000),
    constraint legal_hold_event_by_fk foreign key (by_account) references account (id)
);

create index legal_hold_event_client on legal_hold_event (client_id, id desc);

comment on table legal_hold_event is 'owner: retention';

-- Each month's review lists the clients whose retention has passed, one row per client per review,
-- PENDING until an admin keeps the record for now (with a reason) or confirms its disposal. The
-- dates are as the review found them. Like the holds, a review keeps the client's id number only.
create table retention_review (
    id              bigint generated always as identity primary key,
    client_id       bigint      not null,
    review_month    date        not null,
    listed_at       timestamptz not null,
    last_session    date,
    counted_from    date        not null,
    kept_until      date        not null,
    rule            text        not null,
    status          text        not null default 'PENDING',
    decided_by      bigint,
    decided_by_name text,
    decided_at      timestamptz,
    reason          text,
    ask_again_on    date,
    constraint retention_review_once_a_month unique (client_id, review_month),
    constraint retention_review_month_starts check (extract(day from review_month) = 1),
    constraint retention_review_rule_known check (rule in ('ADULT', 'MINOR')),
    constraint retention_review_status_known check (status in ('PENDING', 'KEPT', 'CONFIRMED', 'DISPOSED')),
    constraint retention_review_decided check ((status = 'PENDING')
        = (decided_by is null and decided_at is null and decided_by_name is null)),
    constraint retention_review_kept_says_why check ((status = 'KEPT')
        = (reason is not null and length(btrim(reason)) between 1 and 1000 and ask_again_on is not null)),
    constraint retention_review_decided_by_fk foreign key (decided_by) references account (id)
);

create index retention_review_open on retention_review (client_id) where status in ('PENDING', 'CONFIRMED');
create index retention_review_decided on retention_review (decided_at desc) where decided_at is not null;

comment on table retention_review is 'owner: retention';

-- What is left of a disposed record: that it existed (the client's id number and the year it was
-- opened), when it was disposed of, by whom and under which rule. Nothing clinical, no name, no date
-- of birth, and no hash of them either: a hash of a name and a birthday is found again by trying names.
create table disposed_record (
    client_id      bigint      primary key,
    created_year   integer     not null,
    disposed_at    timestamptz not null,
    disposed_by    bigint      not null,
    disposed_by_name text      not null,
    rule           text        not null,
    review_id      bigint      not null,
    constraint disposed_record_rule_known check (rule in ('ADULT', 'MINOR')),
    constraint disposed_record_by_fk foreign key (disposed_by) references account (id),
    constraint disposed_record_review_fk foreign key (review_id) references retention_review (id)
);

comment on table disposed_record is 'owner: retention';

-- Marks the one transaction in which dispose_client is removing a record. Only the owner writes it
-- (from inside dispose_client); the runtime role can neither read nor write it, so the triggers that
-- keep records from being removed let a removal through only when both hold: the statement runs
-- as the table's owner (current_user, which inside the SECURITY DEFINER function is the owner) and
-- this very transaction is a disposal. A setting (set_config) would not do: any role may set one.
create table disposal_under_way (
    xact      xid8   primary key,
    client_id bigint not null
);

comment on table disposal_under_way is 'owner: retention';

create function disposal_allows(relation oid) returns boolean
    language plpgsql stable as $$
begin
    if current_user is distinct from (select pg_get_userbyid(c.relowner)::name from pg_class c where c.oid = relation) then
        return false;
    end if;
    return exists (select 1 from disposal_under_way where xact = pg_current_xact_id());
end
$$;

-- The triggers that refuse removing a clinical row make way for a disposal, and for nothing else.
-- Each function is the one in force (V5, V7, V8, V12, V13, V14, V27, V60) with that one exception
-- put first.
create or replace function aftercare_record_is_immutable() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    raise exception '% rows are records and cannot be changed or removed', tg_table_name using errcode = '55000';
end
$$;

create or replace function aftercare_plan_changes() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if disposal_allows(tg_relid) then
            return old;
        end if;
        raise exception 'aftercare plan % is a record and cannot be removed', old.id using errcode = '55000';
    end if;
    if old.handed_over_at is not null and (
            (new.client_id, new.session_id, new.therapist_id, new.therapist_name, new.notes, new.follow_up_on,
             new.counselling_suggested, new.referral, new.watch_for, new.contact_lines, new.crisis_lines,
             new.handed_over_at)
            is distinct from
            (old.client_id, old.session_id, old.therapist_id, old.therapist_name, old.notes, old.follow_up_on,
             old.counselling_suggested, old.referral, old.watch_for, old.contact_lines, old.crisis_lines,
             old.handed_over_at)
            or (old.read_at is not null and new.read_at is distinct from old.read_at)
            or (old.follow_up_sent_at is not null and new.follow_up_sent_at is distinct from old.follow_up_sent_at)) then
        raise exception 'aftercare plan % was handed over and cannot be changed', old.id using errcode = '55000';
    end if;
    return new;
end
$$;

create or replace function aftercare_plan_item_changes() returns trigger
    language plpgsql as $$
declare
    plan bigint := case when tg_op = 'INSERT' then new.plan_id else old.plan_id end;
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    if (select handed_over_at from aftercare_plan where id = plan for share) is not null then
        raise exception 'aftercare plan % was handed over: its items are fixed', plan using errcode = '55000';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;

create or replace function booking_event_is_immutable() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    raise exception 'the history of a booking is kept as it happened and cannot be changed' using errcode = '55000';
end
$$;

create or replace function clinical_hold_changes() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if disposal_allows(tg_relid) then
            return old;
        end if;
        raise exception 'clinical holds are records and cannot be removed' using errcode = '55000';
    end if;
    if old.cleared_at is not null or new.cleared_at is null
            or (new.id, new.client_id, new.kind, new.raised_at, new.raised_by, new.raised_by_name)
               is distinct from (old.id, old.client_id, old.kind, old.raised_at, old.raised_by, old.raised_by_name)
            or not exists (select 1 from clinical_hold_step where hold_id = old.id and step = 'CLEARANCE') then
        raise exception 'hold % is lifted only by recording its clearance', old.id using errcode = '55000';
    end if;
    return new;
end
$$;

create or replace function intake_record_is_immutable() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    raise exception '% rows are clinical records and cannot be changed or removed', tg_table_name
        using errcode = '55000';
end
$$;

-- consent texts are the clinic's, not the client's: a disposal never removes one
create or replace function consent_record_is_immutable() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name <> 'consent_document_version' and disposal_allows(tg_relid) then
        return old;
    end if;
    raise exception '% rows are signed records and cannot be changed or removed', tg_table_name
        using errcode = '55000';
end
$$;

create or replace function intake_self_fill_changes() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    if tg_op = 'DELETE' or old.finished_at is not null or new.client_id <> old.client_id
            or new.started_at <> old.started_at or new.handed_over_by <> old.handed_over_by
            or new.at_home <> old.at_home then
        raise exception 'a finished self-fill sitting is the client''s own record and cannot be changed'
            using errcode = '55000';
    end if;
    return new;
end
$$;

create or replace function intake_version_is_immutable() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    raise exception 'intake version % of client % is a completed record and cannot be changed',
        old.number, old.client_id using errcode = '55000';
end
$$;

create or replace function session_amendment_rules() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    if tg_op <> 'INSERT' then
        raise exception 'an amendment is part of the record and cannot be changed or removed'
            using errcode = '55000';
    end if;
    if (select signed_at from session_record where id = new.session_id for share) is null then
        raise exception 'only a signed record is amended; an unsigned one is still being written'
            using errcode = '55000';
    end if;
    return new;
end
$$;

-- This one runs with its owner's rights (V50), so current_user is the owner whoever deletes: the
-- disposal's own row in disposal_under_way, which the runtime role cannot write, is what lets it by.
create or replace function session_entry_locked() returns trigger
    language plpgsql as $$
declare
    session_id bigint := case when tg_op = 'INSERT' then new.session_id else old.session_id end;
    corrected session_entry%rowtype;
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    if tg_op <> 'INSERT' then
        raise exception 'a session entry is never changed or deleted; strike it out with a new entry'
            using errcode = '55000';
    end if;
    -- a share lock waits for a signature being written, so no tap slips in beside it
    if (select signed_at from session_record where id = session_id for share) is not null then
        raise exception 'session record % is signed: its entries cannot change', session_id
            using errcode = '55000';
    end if;
    if new.kind = 'STRUCK' then
        select * into corrected from session_entry where id = new.corrects_entry_id for share;
        if corrected.session_id is distinct from new.session_id then
            raise exception 'a strike-out names an entry of its own session' using errcode = '23514';
        end if;
        -- what set a safety rule going stands: it ends only by a new entry that says why
        if corrected.kind in ('WITHDRAWAL', 'RETURNED', 'STRUCK')
           or corrected.event in ('STOP_SIGNAL_USED', 'DISSOCIATION_SIGNS', 'MEMORIES_SURFACING')
           or corrected.action = 'STOPPED' or corrected.answer in ('GO_ON_GENTLER', 'END_HERE') then
            raise exception 'entry % cannot be struck out', corrected.id using errcode = '23514';
        end if;
    end if;
    return new;
end
$$;

create or replace function session_record_locked() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if disposal_allows(tg_relid) then
            return old;
        end if;
        raise exception 'session record % is a clinical record and cannot be removed', old.id
            using errcode = '55000';
    end if;
    if old.signed_at is not null then
        raise exception 'session record % is signed and cannot be changed: add an amendment', old.id
            using errcode = '55000';
    end if;
    if new.client_id <> old.client_id or new.therapist_id <> old.therapist_id
            or new.booking_id is distinct from old.booking_id or new.started_at <> old.started_at then
        raise exception 'session record % belongs to one client, therapist and start', old.id
            using errcode = '55000';
    end if;
    return new;
end
$$;

-- A hold is placed only when none stands and lifted only when one does, one change at a time per
-- client (the same lock dispose_client takes, so a hold placed meanwhile is seen); never changed.
create function legal_hold_event_rules() returns trigger
    language plpgsql as $$
declare
    standing boolean;
begin
    if tg_op <> 'INSERT' then
        raise exception 'a legal hold''s history is kept as it happened and cannot be changed'
            using errcode = '55000';
    end if;
    perform pg_advisory_xact_lock(hashtext('retention'), hashtext(new.client_id::text));
    standing := coalesce((select e.action = 'PLACED' from legal_hold_event e
                          where e.client_id = new.client_id order by e.id desc limit 1), false);
    if new.action = 'PLACED' and standing then
        raise exception 'client % is under a legal hold already', new.client_id using errcode = '23514';
    end if;
    if new.action = 'LIFTED' and not standing then
        raise exception 'client % is under no legal hold', new.client_id using errcode = '23514';
    end if;
    return new;
end
$$;

create trigger legal_hold_event_rules before insert or update or delete on legal_hold_event
    for each row execute function legal_hold_event_rules();
create trigger legal_hold_event_no_truncate before truncate on legal_hold_event
    for each statement execute function legal_hold_event_rules();

-- A review is listed PENDING; an admin keeps it for now or confirms it, once; a confirmed review
-- becomes DISPOSED only inside dispose_client. What the review found never changes.
create function retention_review_rules() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        if new.status <> 'PENDING' then
            raise exception 'a review lists a client as pending' using errcode = '23514';
        end if;
        return new;
    end if;
    if tg_op <> 'UPDATE' then
        raise exception 'retention reviews are kept as decided and cannot be removed' using errcode = '55000';
    end if;
    if (new.id, new.client_id, new.review_month, new.listed_at, new.last_session, new.counted_from, new.kept_until,
            new.rule) is distinct from (old.id, old.client_id, old.review_month, old.listed_at, old.last_session,
            old.counted_from, old.kept_until, old.rule) then
        raise exception 'what review % found cannot be changed', old.id using errcode = '55000';
    end if;
    if (old.status = 'PENDING' and new.status in ('KEPT', 'CONFIRMED'))
            or (old.status = 'CONFIRMED' and new.status = 'DISPOSED' and disposal_allows(tg_relid)
                and (new.decided_by, new.decided_by_name, new.decided_at, new.reason, new.ask_again_on)
                    is not distinct from (old.decided_by, old.decided_by_name, old.decided_at, old.reason, old.ask_again_on)) then
        return new;
    end if;
    raise exception 'review % is % and cannot become %', old.id, old.status, new.status using errcode = '55000';
end
$$;

create trigger retention_review_rules before insert or update or delete on retention_review
    for each row execute function retention_review_rules();
create trigger retention_review_no_truncate before truncate on retention_review
    for each statement execute function retention_review_rules();

create function disposed_record_is_kept() returns trigger
    language plpgsql as $$
begin
    raise exception 'what is left of a disposed record is kept and cannot be changed' using errcode = '55000';
end
$$;

create trigger disposed_record_kept before update or delete on disposed_record
    for each row execute function disposed_record_is_kept();
create trigger disposed_record_no_truncate before truncate on disposed_record
    for each statement execute function disposed_record_is_kept();

-- What the review reads of other modules, each published by its owner: dates and the fact of an
-- open hold, nothing clinical.
create view client_register as
    select c.id as client_id, c.legal_name, c.preferred_name, c.date_of_birth, c.created_at
    from client c;
comment on view client_register is 'owner: client; published';

create view session_dates as
    select s.client_id, s.started_at
    from session_record s;
comment on view session_dates is 'owner: session; published';

create view booking_dates as
    select b.client_id, b.starts_at, b.status
    from booking b;
comment on view booking_dates is 'owner: booking; published';

create view open_clinical_hold as
    select h.client_id, h.kind, h.raised_at
    from clinical_hold h
    where h.cleared_at is null;
comment on view open_clinical_hold is 'owner: intake; published';

-- Disposes of one client's record, as the owner of the tables. It refuses (raises) unless the client
-- is in a review an enabled admin confirmed under this rule, stands under no legal hold and no open
-- clinical hold and has no session booked ahead; then it removes every row that holds the client's
-- record, children before parents, and writes the tombstone. The audit log is not touched: its
-- events name the client by id number and hold no clinical content.
create function dispose_client(p_client bigint, p_by bigint, p_by_name text, p_rule text, p_at timestamptz)
    returns void
    language plpgsql as $$
declare
    v_review    retention_review;
    v_created   timestamptz;
    v_bookings  bigint[];
    v_sessions  bigint[];
    v_consents  bigint[];
    v_plans     bigint[];
    v_holds     bigint[];
    v_entries   bigint[];
    v_accounts  bigint[];
    v_logins    text[];
    v_emails    text[];
    v_revisions bigint[];
begin
    -- the same lock a legal hold takes: a hold placed meanwhile waits, or is seen below
    perform pg_advisory_xact_lock(hashtext('retention'), hashtext(p_client::text));

    select c.created_at into v_created from client c where c.id = p_client for update;
    if not found then
        raise exception 'client % has no record to dispose of', p_client using errcode = 'P0002';
    end if;
    if p_rule is null or p_rule not in ('ADULT', 'MINOR') then
        raise exception 'a disposal names its rule (ADULT or MINOR), not %', p_rule using errcode = '22023';
    end if;
    if p_at is null or p_by_name is null or length(btrim(p_by_name)) = 0 then
        raise exception 'a disposal says when and by whom' using errcode = '22023';
    end if;
    if not exists (select 1 from account a where a.id = p_by and a.role = 'ADMIN' and a.enabled) then
        raise exception 'only an enabled admin disposes of a record' using errcode = '42501';
    end if;
    select * into v_review from retention_review r
    where r.client_id = p_client and r.status = 'CONFIRMED'
    order by r.id desc limit 1 for update;
    if not found then
        raise exception 'client % is in no confirmed retention review', p_client using errcode = '55000';
    end if;
    if v_review.rule <> p_rule or v_review.decided_by <> p_by then
        raise exception 'review % was confirmed by another admin or under another rule', v_review.id
            using errcode = '55000';
    end if;
    if coalesce((select e.action = 'PLACED' from legal_hold_event e
                 where e.client_id = p_client order by e.id desc limit 1), false) then
        raise exception 'client % is under a legal hold: nothing of the record is disposed of', p_client
            using errcode = '55000';
    end if;
    if exists (select 1 from clinical_hold h where h.client_id = p_client and h.cleared_at is null) then
        raise exception 'client % has an open clinical hold: nothing of the record is disposed of', p_client
            using errcode = '55000';
    end if;
    if exists (select 1 from booking b where b.client_id = p_client and b.status = 'BOOKED' and b.starts_at > p_at) then
        raise exception 'client % has a session booked ahead', p_client using errcode = '55000';
    end if;

    insert into disposal_under_way (xact, client_id) values (pg_current_xact_id(), p_client);

    -- every id that names the client's rows, in the records as they stand and in their history
    v_bookings := array(select b.id from booking b where b.client_id = p_client);
    v_sessions := array(select s.id from session_record s where s.client_id = p_client
                        union select h.id from session_record_history h where h.client_id = p_client);
    v_consents := array(select s.id from signed_consent s where s.client_id = p_client
                        union select h.id from signed_consent_history h where h.client_id = p_client);
    v_plans    := array(select p.id from aftercare_plan p where p.client_id = p_client
                        union select h.id from aftercare_plan_history h where h.client_id = p_client);
    v_holds    := array(select h.id from clinical_hold h where h.client_id = p_client);
    v_entries  := array(select e.id from waitlist_entry e where e.client_id = p_client);
    v_accounts := array(select a.id from account a where a.client_id = p_client);
    v_logins   := array(select a.email from account a where a.client_id = p_client);
    v_emails   := array(select lower(a.email) from account a where a.client_id = p_client
                        union select lower(c.email) from client c where c.id = p_client and c.email is not null
                        union select lower(i.email) from portal_invitation i where i.client_id = p_client);

    -- the entity history (Hibernate Envers): the client's rows, then the revisions left naming nothing
    v_revisions := array(
        select revision from intake_draft_history where client_id = p_client
        union select revision from intake_version_history where client_id = p_client
        union select revision from intake_self_fill_history where client_id = p_client
        union select revision from signed_consent_history where id = any (v_consents)
        union select revision from consent_withdrawal_history where consent_id = any (v_consents)
        union select revision from session_record_history where id = any (v_sessions)
        union select revision from session_amendment_history where session_id = any (v_sessions)
        union select revision from aftercare_plan_history where id = any (v_plans)
        union select revision from aftercare_plan_item_history where plan_id = any (v_plans));
    delete from intake_draft_history where client_id = p_client;
    delete from intake_version_history where client_id = p_client;
    delete from intake_self_fill_history where client_id = p_client;
    delete from signed_consent_history where id = any (v_consents);
    delete from consent_withdrawal_history where consent_id = any (v_consents);
    delete from session_record_history where id = any (v_sessions);
    delete from session_amendment_history where session_id = any (v_sessions);
    delete from aftercare_plan_history where id = any (v_plans);
    delete from aftercare_plan_item_history where plan_id = any (v_plans);
    delete from history_revision r
    where r.id = any (v_revisions)
      and not exists (select 1 from intake_draft_history h where h.revision = r.id)
      and not exists (select 1 from intake_version_history h where h.revision = r.id)
      and not exists (select 1 from intake_self_fill_history h where h.revision = r.id)
      and not exists (select 1 from signed_consent_history h where h.revision = r.id)
      and not exists (select 1 from consent_withdrawal_history h where h.revision = r.id)
      and not exists (select 1 from session_record_history h where h.revision = r.id)
      and not exists (select 1 from session_amendment_history h where h.revision = r.id)
      and not exists (select 1 from aftercare_plan_history h where h.revision = r.id)
      and not exists (select 1 from aftercare_plan_item_history h where h.revision = r.id);

    -- aftercare: check-ins, items, plans
    delete from aftercare_check_in where plan_id = any (v_plans);
    delete from aftercare_plan_item where plan_id = any (v_plans);
    delete from aftercare_plan where client_id = p_client;

    -- session records: amendments, entries (strike-outs with what they strike), records
    delete from session_amendment where session_id = any (v_sessions);
    delete from session_entry where session_id = any (v_sessions);
    delete from session_record where client_id = p_client;

    -- consents: withdrawals, then the signed consents with their signatures
    delete from consent_withdrawal where consent_id = any (v_consents);
    delete from signed_consent where client_id = p_client;

    -- the SAFE intake: holds with their reasons, referrals and clearances, the earlier clearances,
    -- versions (answers and body map), the client's own sittings and the draft
    delete from clinical_hold_step where hold_id = any (v_holds);
    delete from clinical_hold_reason where hold_id = any (v_holds);
    delete from clinical_hold where client_id = p_client;
    delete from intake_clearance where client_id = p_client;
    delete from intake_version where client_id = p_client;
    delete from intake_self_fill where client_id = p_client;
    delete from intake_draft where client_id = p_client;

    -- the waitlist, online requests and every email queued or kept for the client: those of their
    -- bookings, and those sent to their address alone unless another client has that address too
    delete from waitlist_offer where entry_id = any (v_entries) or booking_id = any (v_bookings);
    delete from waitlist_window where entry_id = any (v_entries);
    delete from waitlist_entry where client_id = p_client;
    delete from online_request where client_id = p_client or booking_id = any (v_bookings);
    delete from outgoing_message m
    where m.booking_id = any (v_bookings)
       or (m.booking_id is null and lower(m.recipient) = any (v_emails)
           and not exists (select 1 from client c where c.id <> p_client and lower(c.email) = lower(m.recipient)));

    -- bookings and their history
    delete from booking_event where booking_id = any (v_bookings);
    delete from booking where client_id = p_client;

    -- the portal: invitations, the login with its drafts, codes, sign-ins and counted failures
    delete from portal_invitation where client_id = p_client;
    delete from typed_draft where account_id = any (v_accounts);
    delete from recovery_code where account_id = any (v_accounts);
    delete from spring_session where principal_name = any (v_logins);
    delete from sign_in_failure where lower(account) = any (v_emails);
    delete from account where id = any (v_accounts);

    -- the client's own details and emergency contacts, in place of which the tombstone stands
    delete from emergency_contact where client_id = p_client;
    delete from client where id = p_client;

    insert into disposed_record (client_id, created_year, disposed_at, disposed_by, disposed_by_name, rule, review_id)
    values (p_client, extract(year from v_created)::integer, p_at, p_by, btrim(p_by_name), p_rule, v_review.id);
    update retention_review set status = 'DISPOSED' where id = v_review.id;

    delete from disposal_under_way where xact = pg_current_xact_id();
end
$$;

-- The function runs as the owner with a fixed search path; only the runtime role may call it. The
-- runtime role reads the review's tables and the tombstone, changes reviews (to decide them) and
-- adds legal hold events; it writes no tombstone and never touches disposal_under_way.
do $$
declare
    runtime text := '${runtimeRole}';
    schema  text := current_schema();
begin
    execute format('alter function dispose_client(bigint, bigint, text, text, timestamptz) '
                   'security definer set search_path = %I, pg_temp', schema);
    execute format('alter function disposal_allows(oid) set search_path = %I, pg_temp', schema);
    -- replaced above, so given back the owner's rights it had (V50)
    execute format('alter function session_entry_locked() security definer set search_path = %I, pg_temp', schema);
    execute 'revoke all on function dispose_client(bigint, bigint, text, text, timestamptz) from public';
    if runtime = current_user then
        return;
    end if;
    execute format('grant execute on function dispose_client(bigint, bigint, text, text, timestamptz) to %I', runtime);
    execute format('grant update on %I.retention_review to %I', schema, runtime);
    execute format('revoke all on %I.disposed_record from %I', schema, runtime);
    execute format('grant select on %I.disposed_record to %I', schema, runtime);
    execute format('revoke all on %I.disposal_under_way from %I', schema, runtime);
    execute format('revoke all on %I.client_register, %I.session_dates, %I.booking_dates, %I.open_clinical_hold from %I',
                   schema, schema, schema, schema, runtime);
    execute format('grant select on %I.client_register, %I.session_dates, %I.booking_dates, %I.open_clinical_hold to %I',
                   schema, schema, schema, schema, runtime);
end
$$;

-- Disposals and the admin's retention decisions are audit events of their own.
alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known check (action in ('VIEW', 'PRINT', 'EXPORT', 'EDIT',
    'SIGN', 'AMEND', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'SECOND_FACTOR', 'SECOND_FACTOR_FAILED', 'LOCKOUT',
    'TIMEOUT', 'DENIED', 'ACCOUNT', 'CONCERN', 'RETENTION', 'DISPOSE'));
