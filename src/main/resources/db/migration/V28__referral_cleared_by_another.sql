-- A refer-and-pause hold is cleared by a second therapist, not the one who referred, naming the
-- licensed clinician who advised (from a list) and how the advice was given. The application says
-- the same in words; this guard holds whatever the application does. Steps recorded before stay
-- as they were.

alter table clinical_hold_step
    add column licensed_role text,
    add constraint clinical_hold_step_licensed_role_check check (licensed_role in ('PSYCHOLOGIST',
        'PSYCHIATRIST', 'PHYSICIAN', 'COUNSELLOR_OR_PSYCHOTHERAPIST', 'OTHER_LICENSED_CLINICIAN'));

create or replace function clinical_hold_step_rules() returns trigger
    language plpgsql as $$
declare
    hold     clinical_hold%rowtype;
    referral clinical_hold_step%rowtype;
    recorder text;
begin
    select * into hold from clinical_hold where id = new.hold_id for update;
    if hold.cleared_at is not null then
        raise exception 'hold % is already cleared', new.hold_id using errcode = '23514';
    end if;
    select role into recorder from account where id = new.recorded_by and enabled;
    if recorder is distinct from 'THERAPIST' then
        raise exception 'only a therapist records a referral or a clearance' using errcode = '23514';
    end if;
    if new.step = 'REFERRAL' and hold.kind <> 'REFER_AND_PAUSE' then
        raise exception 'only a refer-and-pause hold takes a referral' using errcode = '23514';
    end if;
    if new.basis is not null
            and (new.step <> 'CLEARANCE' or hold.kind not in ('CONSULT_PROVIDER', 'REFER_AND_PAUSE')) then
        raise exception 'only a clearance of a consult-provider or refer-and-pause hold says how advice was given'
            using errcode = '23514';
    end if;
    if new.licensed_role is not null and (new.step <> 'CLEARANCE' or hold.kind <> 'REFER_AND_PAUSE') then
        raise exception 'only a refer-and-pause clearance names a licensed clinician' using errcode = '23514';
    end if;
    if new.step = 'CLEARANCE' and hold.kind = 'REFER_AND_PAUSE' then
        select * into referral from clinical_hold_step where hold_id = new.hold_id and step = 'REFERRAL';
        if not found then
            raise exception 'a refer-and-pause hold is cleared only after a referral' using errcode = '23514';
        end if;
        if referral.recorded_by = new.recorded_by then
            raise exception 'the therapist who referred does not also clear the referral' using errcode = '23514';
        end if;
        if new.licensed_role is null or new.basis is null then
            raise exception 'a refer-and-pause clearance names the licensed clinician and how they advised'
                using errcode = '23514';
        end if;
    end if;
    return new;
end
$$;
