-- A double-tapped "Add to waitlist" carries the same token and makes one entry.
alter table waitlist_entry add column creation_token uuid;
alter table waitlist_entry add constraint waitlist_entry_creation_token_key unique (creation_token);

-- An entry has at most one open offer; the database says so, not only the app's lock.
create unique index waitlist_offer_one_open on waitlist_offer (entry_id) where status = 'OPEN';

-- Finding open offers that overlap a time.
create index waitlist_offer_open_by_therapist on waitlist_offer (therapist_id, starts_at) where status = 'OPEN';
