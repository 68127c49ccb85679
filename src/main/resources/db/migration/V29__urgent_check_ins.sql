-- A check-in at the lowest score, or with words of self-harm, is urgent: the client is shown the
-- crisis lines at once, their therapist finds it at the top of their day, and the audit log keeps it.
alter table aftercare_check_in add column urgent boolean not null default false;
create index aftercare_check_in_urgent_idx on aftercare_check_in (sent_at) where urgent;

alter table audit_event drop constraint audit_event_action_known;
alter table audit_event add constraint audit_event_action_known check (action in ('VIEW', 'PRINT', 'EXPORT', 'EDIT',
    'SIGN', 'AMEND', 'SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'SECOND_FACTOR', 'SECOND_FACTOR_FAILED', 'LOCKOUT',
    'TIMEOUT', 'DENIED', 'ACCOUNT', 'CONCERN'));
