-- Reference data (session types, rooms, sites, staff, clinic settings, consent texts) is kept in
-- each instance's memory. Every change to those tables, whatever makes it (a form, a fixture, a
-- hand-written UPDATE), moves the table's version on here, so each instance sees within a second
-- that its copy is out of date (ReferenceData). Statement triggers: one bump per statement, and
-- only for the columns a cached view shows.
create table reference_version (
    name    text primary key,
    version bigint not null default 0
);

insert into reference_version (name)
values ('session_type'), ('room'), ('site'), ('account'), ('clinic_setting'), ('consent_document_version');

create function reference_changed() returns trigger
    language plpgsql security definer set search_path = pg_catalog, public as $$
begin
    execute format('update %I.reference_version set version = version + 1 where name = $1', tg_table_schema)
        using tg_table_name;
    return null;
end
$$;

create trigger session_type_changed after insert or update or delete or truncate on session_type
    for each statement execute function reference_changed();
create trigger room_changed after insert or update or delete or truncate on room
    for each statement execute function reference_changed();
create trigger site_changed after insert or update or delete or truncate on site
    for each statement execute function reference_changed();
create trigger clinic_setting_changed after insert or update or delete or truncate on clinic_setting
    for each statement execute function reference_changed();
create trigger consent_document_version_changed after insert or update or delete or truncate on consent_document_version
    for each statement execute function reference_changed();
-- a sign-in writes to account (second factor steps, password hashes); only what the staff
-- directory shows counts as a change
create trigger account_changed after insert or delete or truncate
    or update of display_name, role, enabled, site_id, experienced_in_release, client_id, email on account
    for each statement execute function reference_changed();
