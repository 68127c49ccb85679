-- "Contact the client's provider" becomes a task with a date: it shows on the therapist's day.
alter table session_record add column provider_check_in_on date;
alter table session_record_history add column provider_check_in_on date;
create index session_record_provider_task_idx on session_record (therapist_id, provider_check_in_on)
    where provider_check_in_on is not null;
