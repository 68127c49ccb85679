package com.holdspace.booking;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.holdspace.staff.StaffDirectory;

/**
 * Which room is free for each of many candidate starts, asked of PostgreSQL in one statement. Each
 * start is checked room by room at the therapist's site (the preferred room first, then by name)
 * against that room's bookings of the day, through the index on room and start, and the first free
 * room is the answer: a search reads a handful of index entries per room of one site, however many
 * sites, rooms and bookings the chain has.
 */
@Component
class FreeRooms {

	/** Whether a room is taken at some point of [start, start + seconds), leaving one booking out. */
	private static final String TAKEN = """
			exists (select 1 from booking b
			         where b.room_id = r.id and b.status <> 'CANCELLED' and b.id <> :ignore
			           and b.starts_at > s.starts_at - interval '24 hours'
			           and b.starts_at < s.starts_at + make_interval(secs => :seconds)
			           and b.free_at > s.starts_at)""";

	/**
	 * The preferred room if free, else the first free room by name, at the therapist's site (asked of
	 * the staff directory, which keeps it in memory): walking
	 * the index on site and name, the search stops at the first free room instead of checking them
	 * all, and never looks at another clinic of the chain.
	 */
	private static final String FIRST_FREE_ROOM = """
			select s.starts_at,
			       coalesce((select r.id from room r where r.id = :preferred and r.site_id = :site and r.active
			                   and not %1$s),
			                (select r.id from room r where r.site_id = :site and r.active and not %1$s
			                 order by r.name limit 1)) as room_id
			from unnest(cast(:starts as timestamptz[])) as s(starts_at)""".formatted(TAKEN);

	private final NamedParameterJdbcTemplate jdbc;

	private final StaffDirectory staff;

	FreeRooms(NamedParameterJdbcTemplate jdbc, StaffDirectory staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	/**
	 * For each start, the first active room at the therapist's site free from it for
	 * {@code occupies} (the session and its quiet time); starts with every room taken are left out.
	 * {@code ignoreBookingId} is a booking being moved, which does not stand in its own way.
	 */
	Map<Instant, Long> firstFree(long therapistId, List<Instant> starts, Duration occupies, Long preferredRoomId,
			Long ignoreBookingId) {
		Long site = this.staff.siteOf(therapistId).orElse(null);
		if (starts.isEmpty() || site == null) {
			return Map.of();
		}
		String array = starts.stream()
			.map(DateTimeFormatter.ISO_INSTANT::format)
			.collect(Collectors.joining(",", "{", "}"));
		Map<Instant, Long> free = new HashMap<>();
		Map<String, Object> parameters = Map.of("ignore", orNone(ignoreBookingId), "seconds", occupies.toSeconds(),
				"preferred", orNone(preferredRoomId), "starts", array, "site", site);
		this.jdbc.query(FIRST_FREE_ROOM, parameters, (ResultSet row) -> {
			long room = row.getLong("room_id");
			if (!row.wasNull()) {
				free.put(row.getObject("starts_at", OffsetDateTime.class).toInstant(), room);
			}
		});
		return free;
	}

	/** Ids start at 1, so this matches no room and no booking. */
	private static long orNone(Long id) {
		return (id != null) ? id : -1L;
	}

}
