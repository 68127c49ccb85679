-- A room or a therapist moved to another site while open bookings lie ahead would leave a client
-- booked in one clinic with a therapist who works in another. The move waits until those bookings
-- are moved or cancelled. Each refusal names its rule in its message, where the application reads it.

create function room_move_keeps_bookings() returns trigger language plpgsql as $$
begin
    if exists (select 1 from booking b join account a on a.id = b.therapist_id
               where b.room_id = new.id and b.status = 'BOOKED' and b.starts_at > now()
                 and a.site_id is distinct from new.site_id) then
        raise exception 'room_site_bookings_ahead: room % has open bookings ahead with therapists of another site', new.id
            using errcode = 'check_violation', constraint = 'room_site_bookings_ahead';
    end if;
    return new;
end
$$;

create trigger room_site_bookings_ahead
    before update of site_id on room
    for each row when (old.site_id is distinct from new.site_id)
    execute function room_move_keeps_bookings();

create function therapist_move_keeps_bookings() returns trigger language plpgsql as $$
begin
    if exists (select 1 from booking b join room r on r.id = b.room_id
               where b.therapist_id = new.id and b.status = 'BOOKED' and b.starts_at > now()
                 and r.site_id is distinct from new.site_id) then
        raise exception 'account_site_bookings_ahead: account % has open bookings ahead in rooms of another site', new.id
            using errcode = 'check_violation', constraint = 'account_site_bookings_ahead';
    end if;
    return new;
end
$$;

create trigger account_site_bookings_ahead
    before update of site_id on account
    for each row when (old.site_id is distinct from new.site_id)
    execute function therapist_move_keeps_bookings();
