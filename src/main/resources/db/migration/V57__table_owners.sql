-- Each table's owner: the one module whose code reads and writes it in SQL. Another module asks the
-- owner's API instead, or reads a view the owner publishes for it; TableOwnershipTests reads these
-- lines and refuses a query that crosses. Tables owned by the open shared module (sessions, rate
-- limits, drafts, locks) are infrastructure every module may use.
comment on table account is 'owner: staff';
comment on table recovery_code is 'owner: staff';
comment on table client is 'owner: client';
comment on table emergency_contact is 'owner: client';
comment on table audit_event is 'owner: audit';
comment on table audit_seal is 'owner: audit';
comment on table history_revision is 'owner: audit';
comment on table aftercare_check_in is 'owner: aftercare';
comment on table aftercare_item is 'owner: aftercare';
comment on table aftercare_plan is 'owner: aftercare';
comment on table aftercare_plan_history is 'owner: aftercare';
comment on table aftercare_plan_item is 'owner: aftercare';
comment on table aftercare_plan_item_history is 'owner: aftercare';
comment on table booking is 'owner: booking';
comment on table booking_event is 'owner: booking';
comment on table room is 'owner: booking';
comment on table session_type is 'owner: booking';
comment on table time_off is 'owner: booking';
comment on table working_hours is 'owner: booking';
comment on table calendar_feed is 'owner: messaging';
comment on table outgoing_message is 'owner: messaging';
comment on table clinic_setting is 'owner: clinic';
comment on table clinical_hold is 'owner: intake';
comment on table clinical_hold_reason is 'owner: intake';
comment on table clinical_hold_step is 'owner: intake';
comment on table intake_clearance is 'owner: intake';
comment on table intake_draft is 'owner: intake';
comment on table intake_draft_history is 'owner: intake';
comment on table intake_self_fill is 'owner: intake';
comment on table intake_self_fill_history is 'owner: intake';
comment on table intake_version is 'owner: intake';
comment on table intake_version_history is 'owner: intake';
comment on table consent_document is 'owner: consent';
comment on table consent_document_version is 'owner: consent';
comment on table consent_withdrawal is 'owner: consent';
comment on table consent_withdrawal_history is 'owner: consent';
comment on table signed_consent is 'owner: consent';
comment on table signed_consent_history is 'owner: consent';
comment on table portal_invitation is 'owner: portal';
comment on table session_amendment is 'owner: session';
comment on table session_amendment_history is 'owner: session';
comment on table session_entry is 'owner: session';
comment on table session_record is 'owner: session';
comment on table session_record_history is 'owner: session';
comment on table site is 'owner: site';
comment on table waitlist_entry is 'owner: waitlist';
comment on table waitlist_offer is 'owner: waitlist';
comment on table waitlist_window is 'owner: waitlist';
comment on table rate_limit_bucket is 'owner: shared';
comment on table reference_version is 'owner: shared';
comment on table sign_in_failure is 'owner: shared';
comment on table typed_draft is 'owner: shared';
comment on table shedlock is 'owner: shared';
comment on table spring_session is 'owner: shared';
comment on table spring_session_attributes is 'owner: shared';

-- The kind of session booked, published by booking for the session timeline, which shows it beside
-- each record without reading booking's tables.
create view booked_session_kind as
    select b.id as booking_id, t.name as session_type_name
    from booking b
    join session_type t on t.id = b.session_type_id;
comment on view booked_session_kind is 'owner: booking; published';


do $$
declare
    runtime text := '${runtimeRole}';
    schema  text := current_schema();
begin
    if runtime = current_user then
        return;
    end if;
    execute format('revoke all on %I.booked_session_kind from %I', schema, runtime);
    execute format('grant select on %I.booked_session_kind to %I', schema, runtime);
end
$$;
