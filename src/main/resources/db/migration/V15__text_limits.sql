-- Every free text has a limit, here as on the form: the form says "keep it to N characters" next to
-- the field, and PostgreSQL refuses whatever reaches it some other way. The limits are the forms'.

alter table booking add constraint booking_cancel_reason_fits check (length(cancel_reason) <= 500);
alter table booking_event add constraint booking_event_detail_fits check (length(detail) <= 1000);

alter table client add constraint client_texts_fit check (length(preferred_name) <= 100
    and length(pronouns) <= 40 and length(email) <= 254 and length(phone) <= 40
    and length(front_desk_notes) <= 2000);
alter table emergency_contact add constraint emergency_contact_texts_fit check (length(name) <= 120
    and length(relationship) <= 60 and length(phone) <= 40);

alter table account add constraint account_texts_fit check (length(display_name) <= 120 and length(email) <= 254);

alter table consent_document_version add constraint consent_document_version_texts_fit check (length(title) <= 200
    and length(body) <= 20000);
alter table signed_consent add constraint signed_consent_texts_fit check (length(signer_name) <= 200
    and length(witness_name) <= 200 and length(provider_name) <= 200 and length(provider_contact) <= 200
    and length(shared_scope) <= 1000);
alter table consent_withdrawal add constraint consent_withdrawal_reason_fits check (length(reason) <= 500);

alter table clinical_hold_step add constraint clinical_hold_step_texts_fit check (length(person_name) <= 200
    and length(person_role) <= 200 and length(note) <= 2000);
alter table clinical_hold_reason add constraint clinical_hold_reason_detail_fits check (length(detail) <= 2000);

-- a whole intake, every answer at its longest, is well under this
alter table intake_draft add constraint intake_draft_fits check (length(answers::text) <= 100000);
alter table intake_version add constraint intake_version_fits check (length(answers::text) <= 100000);
alter table intake_self_fill add constraint intake_self_fill_fits check (length(answers::text) <= 100000);

alter table room add constraint room_name_fits check (length(name) <= 80);
alter table session_type add constraint session_type_texts_fit check (length(name) <= 80
    and length(description) <= 500);
alter table time_off add constraint time_off_reason_fits check (length(reason) <= 200);
alter table waitlist_entry add constraint waitlist_entry_note_fits check (length(note) <= 1000);
alter table clinic_setting add constraint clinic_setting_value_fits check (length(value) <= 2000);
