-- A client fills their own part of the SAFE intake and signs treatment consent at home, in the portal.

-- Signed at home there is no witness in the room: the signature is given by the client's own
-- portal login, which stands in the witness columns so that every consent still names the account
-- it was recorded under. It carries a signature exactly as written consent on the tablet does.
alter table signed_consent drop constraint signed_consent_method_check;
alter table signed_consent add constraint signed_consent_method_check
    check (method in ('WRITTEN', 'VERBAL', 'SIGNED_REMOTELY'));
alter table signed_consent drop constraint signed_consent_signature_fits_method;
alter table signed_consent add constraint signed_consent_signature_fits_method
    check ((method in ('WRITTEN', 'SIGNED_REMOTELY')) = (signature_strokes is not null));

-- A reason told by the client at home is kept apart from one told on the clinic's tablet, so the
-- therapist knows nobody was with the client when they said it.
alter table clinical_hold_reason drop constraint clinical_hold_reason_source_check;
alter table clinical_hold_reason add constraint clinical_hold_reason_source_check
    check (source in ('INTAKE', 'SELF_FILL', 'HOME', 'CHECK_IN'));

-- Where the client sat: on the clinic's tablet (handed over by a therapist) or at home, signed in
-- to the portal. Never changed once the sitting is made (the trigger below refuses it).
alter table intake_self_fill add column at_home boolean not null default false;
alter table intake_self_fill_history add column at_home boolean;

create or replace function intake_self_fill_changes() returns trigger
    language plpgsql as $$
begin
    if tg_op = 'DELETE' or old.finished_at is not null or new.client_id <> old.client_id
            or new.started_at <> old.started_at or new.handed_over_by <> old.handed_over_by
            or new.at_home <> old.at_home then
        raise exception 'a finished self-fill sitting is the client''s own record and cannot be changed'
            using errcode = '55000';
    end if;
    return new;
end
$$;
