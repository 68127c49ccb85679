-- An offer that closes unbooked (its time ran out, or its entry left the list) passes its time on
-- to the next waiting client, once: this is when that was done.
alter table waitlist_offer add column passed_on_at timestamptz;

-- Closed offers whose time has not been passed on yet: what the offer job looks for.
create index waitlist_offer_to_pass_on on waitlist_offer (id) where status = 'EXPIRED' and passed_on_at is null;
