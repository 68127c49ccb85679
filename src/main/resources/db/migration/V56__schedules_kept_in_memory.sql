-- Working hours and time off change a few times a month and are read on every calendar page, so
-- each instance keeps them in memory too (ReferenceData): their changes move a version as the
-- reference data's do (V54).
insert into reference_version (name) values ('working_hours'), ('time_off');

create trigger working_hours_changed after insert or update or delete or truncate on working_hours
    for each statement execute function reference_changed();
create trigger time_off_changed after insert or update or delete or truncate on time_off
    for each statement execute function reference_changed();
