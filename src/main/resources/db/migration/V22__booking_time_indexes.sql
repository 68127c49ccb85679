-- Calendars and free-time searches ask what overlaps a span of days. Bounded below by a day before
-- the span (no booking is longer: see the check), each is a range in one of these indexes instead
-- of a scan of every booking the clinic has ever had.

alter table booking add constraint booking_span_within_a_day check (free_at <= starts_at + interval '1 day');

create index booking_therapist_starts_idx on booking (therapist_id, starts_at);
create index booking_room_starts_idx on booking (room_id, starts_at);
create index booking_starts_idx on booking (starts_at);
