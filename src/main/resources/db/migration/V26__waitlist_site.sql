-- A client waiting for any therapist waits at one clinic of the chain: a time freed at another
-- clinic is not offered to them. An entry for a named therapist is at that therapist's site.
alter table waitlist_entry add column site_id bigint default first_site();
update waitlist_entry w set site_id = coalesce((select a.site_id from account a where a.id = w.therapist_id), first_site());
alter table waitlist_entry alter column site_id set not null;
alter table waitlist_entry add constraint waitlist_entry_site_fk foreign key (site_id) references site (id);
