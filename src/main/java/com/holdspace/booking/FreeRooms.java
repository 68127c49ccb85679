package com.holdspace.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which room is free for each of many candidate starts, asked of PostgreSQL in one statement. Each
 * start is checked room by room (the preferred room first, then by name) against that room's
 * bookings of the day, through the index on room and start, and the first free room is the answer.
 * A free-time search therefore costs about the same for a clinic of four rooms as for a chain of
 * hundreds, instead of reading every booking of the week across every room.
 */
@Component
class FreeRooms {

	private static final String FIRST_FREE_ROOM = """
			select s.starts_at,
			       (select r.id from room r
			         where r.active
			           and not exists (select 1 from booking b
			                            where b.room_id = r.id and b.status <> 'CANCELLED' and b.id <> ?
			                              and b.starts_at > s.starts_at - interval '1 day'
			                              and b.starts_at < s.starts_at + make_interval(secs => ?)
			                              and b.free_at > s.starts_at)
			         order by (r.id = ?) desc, r.name
			         limit 1) as room_id
			from unnest(cast(? as timestamptz[])) as s(starts_at)""";

	private final JdbcTemplate jdbc;

	FreeRooms(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * For each start, the first active room free from it for {@code occupies} (the session and its
	 * quiet time); starts with every room taken are left out. {@code ignoreBookingId} is a booking
	 * being moved, which does not stand in its own way.
	 */
	Map<Instant, Long> firstFree(List<Instant> starts, Duration occupies, Long preferredRoomId, Long ignoreBookingId) {
		if (starts.isEmpty()) {
			return Map.of();
		}
		String array = starts.stream()
			.map(DateTimeFormatter.ISO_INSTANT::format)
			.collect(Collectors.joining(",", "{", "}"));
		Map<Instant, Long> free = new HashMap<>();
		this.jdbc.query(FIRST_FREE_ROOM, row -> {
			long room = row.getLong("room_id");
			if (!row.wasNull()) {
				free.put(row.getObject("starts_at", java.time.OffsetDateTime.class).toInstant(), room);
			}
		}, orNone(ignoreBookingId), occupies.toSeconds(), orNone(preferredRoomId), array);
		return free;
	}

	/** Ids start at 1, so this matches no room and no booking. */
	private static long orNone(Long id) {
		return (id != null) ? id : -1L;
	}

}
