-- Row triggers do not fire on TRUNCATE: refuse it too for every table that holds a signed or
-- completed record, and make recorded referrals and clearances as permanent as the rest.

create trigger consent_document_version_no_truncate before truncate on consent_document_version
    for each statement execute function consent_record_is_immutable();
create trigger signed_consent_no_truncate before truncate on signed_consent
    for each statement execute function consent_record_is_immutable();
create trigger consent_withdrawal_no_truncate before truncate on consent_withdrawal
    for each statement execute function consent_record_is_immutable();

create function intake_record_is_immutable() returns trigger
    language plpgsql as $$
begin
    raise exception '% rows are clinical records and cannot be changed or removed', tg_table_name
        using errcode = '55000';
end
$$;

create trigger intake_version_no_truncate before truncate on intake_version
    for each statement execute function intake_record_is_immutable();
create trigger intake_clearance_immutable before update or delete on intake_clearance
    for each row execute function intake_record_is_immutable();
create trigger intake_clearance_no_truncate before truncate on intake_clearance
    for each statement execute function intake_record_is_immutable();
