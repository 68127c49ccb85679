-- A disposal (V62) removes the copies of the whole record (V63) with the rest of the client's record:
-- a copy is the record again in another form, and the tombstone is all that stays. Who asked for a
-- copy and who released it stays in the audit log, which names the client by number only.

-- The rule that keeps a copy's facts makes way for a disposal, and for nothing else (V63's function
-- with that one exception put first).
create or replace function record_export_keeps_its_facts() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' and disposal_allows(tg_relid) then
        return old;
    end if;
    if tg_op = 'DELETE' or tg_op = 'TRUNCATE' then
        raise exception 'record_export rows say who asked for a record and who released it, and are kept'
            using errcode = '55000';
    end if;
    if new.client_id is distinct from old.client_id
        or new.creation_token is distinct from old.creation_token
        or new.asked_by_kind is distinct from old.asked_by_kind
        or new.asked_by_account_id is distinct from old.asked_by_account_id
        or new.asked_by_name is distinct from old.asked_by_name
        or new.asked_at is distinct from old.asked_at
        or new.due_by is distinct from old.due_by
        or (old.released_at is not null and (new.released_at is distinct from old.released_at
            or new.released_by_account_id is distinct from old.released_by_account_id
            or new.released_by_name is distinct from old.released_by_name
            or new.release_note is distinct from old.release_note)) then
        raise exception 'who asked for a record and who released it are kept as written'
            using errcode = '55000';
    end if;
    return new;
end
$$;

-- V62's disposal with the copies removed before the portal login that may have asked for one, and
-- the retention rule and the moment checked by the database itself, not taken from its caller.
create or replace function dispose_client(p_client bigint, p_by bigint, p_by_name text, p_rule text, p_at timestamptz)
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
    v_today     date := least(p_at, now())::date;
    v_last      timestamptz;
    v_first     timestamptz;
    v_born      date;
    v_kept      date;
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
    -- the moment is the earlier of the application's and the database's, so a moment far ahead
    -- passed by a caller cannot make a session ahead look past
    if exists (select 1 from booking b where b.client_id = p_client and b.status = 'BOOKED'
               and b.starts_at > least(p_at, now())) then
        raise exception 'client % has a session booked ahead', p_client using errcode = '55000';
    end if;
    -- The retention rule, worked out again here from the record itself rather than taken from the
    -- review the application wrote: kept the adult years after the last contact and, for someone first
    -- seen under 18, until the birthday the clinic keeps minors' records to, whichever is later. A
    -- day's margin covers the clinic's time zone; a review forged by the application's own role cannot
    -- dispose of a record still within its time.
    select c.date_of_birth,
           greatest(c.created_at, (select max(s.started_at) from session_record s where s.client_id = p_client),
                    (select max(b.starts_at) from booking b where b.client_id = p_client and b.status <> 'CANCELLED')),
           least(c.created_at, (select min(s.started_at) from session_record s where s.client_id = p_client))
      into v_born, v_last, v_first
      from client c where c.id = p_client;
    v_kept := (v_last + make_interval(years => greatest(1, (select value::int from clinic_setting
                                                   where key = 'retention-adult-years'))))::date;
    if v_born is not null and v_born + interval '18 years' > v_first then
        v_kept := greatest(v_kept, (v_born + make_interval(years => greatest(18, (select value::int from clinic_setting
                                                   where key = 'retention-minor-age'))))::date);
    end if;
    if v_kept >= v_today - 1 then
        raise exception 'client %''s record is kept until %: it is not due for disposal', p_client, v_kept
            using errcode = '55000';
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

    -- copies of the whole record made for the clinic or asked for by the client (V63): the record
    -- again in another form, so they go with it; before the portal login that may have asked for one
    delete from record_export_part where export_id in (select id from record_export where client_id = p_client);
    delete from record_export where client_id = p_client;

    -- the portal: invitations, the login with its drafts, codes, sign-ins and counted failures
    delete from portal_invitation where client_id = p_client;
    delete from typed_draft where account_id = any (v_accounts);
    -- and what staff typed about this record and have not sent: an amendment, a hold's referral or clearance
    delete from typed_draft d
    where d.form_key in (select 'amendment:' || s from unnest(v_sessions) s)
       or split_part(d.form_key, ':', 1) = 'hold' and split_part(d.form_key, ':', 2) in (select h::text from unnest(v_holds) h);
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

do $$
declare
    schema text := current_schema();
    guard  regprocedure;
begin
    -- replaced above, so given back the owner's rights and fixed search path V62 gave it; its grants stay
    execute format('alter function dispose_client(bigint, bigint, text, text, timestamptz) '
                   'security definer set search_path = %I, pg_temp', schema);
    -- every rule that makes way for a disposal finds the one disposal_allows, whatever search path the
    -- session that fires it has set
    for guard in select p.oid::regprocedure from pg_proc p
                 where p.pronamespace = schema::regnamespace and p.prosrc like '%disposal_allows(%' loop
        execute format('alter function %s set search_path = %I, pg_temp', guard, schema);
    end loop;
end
$$;
