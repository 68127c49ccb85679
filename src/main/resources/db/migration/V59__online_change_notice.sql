-- How close to its start a client may still move or cancel a session themselves online; nearer
-- than this they phone the clinic, so the therapist's day is not emptied at the last moment.
insert into clinic_setting (key, value) values ('online-change-notice-hours', '24');
