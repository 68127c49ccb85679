package com.holdspace.booking;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The rows of the booking card on a client's page, in one statement: every open session from today
 * on, then the last few that are over or were cancelled. A client with years of sessions costs the
 * card what a new client does.
 */
@Repository
class BookingCardLines {

	private final JdbcClient jdbc;

	BookingCardLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Lines for {@code clientId}; only {@code therapistId}'s sessions unless it is 0. */
	List<Row> lines(long clientId, long therapistId, Instant startOfToday, int pastShown) {
		return this.jdbc.sql("""
				(select b.id, b.therapist_id, b.session_type_id, b.starts_at, b.status, true as upcoming
				   from booking b
				  where b.client_id = :client and (:therapist = 0 or b.therapist_id = :therapist)
				    and b.starts_at >= :today and b.status <> 'CANCELLED'
				  order by b.starts_at)
				union all
				(select b.id, b.therapist_id, b.session_type_id, b.starts_at, b.status, false
				   from booking b
				  where b.client_id = :client and (:therapist = 0 or b.therapist_id = :therapist)
				    and (b.starts_at < :today or b.status = 'CANCELLED')
				  order by b.starts_at desc
				  limit :past)""")
			.param("client", clientId)
			.param("therapist", therapistId)
			.param("today", Timestamp.from(startOfToday))
			.param("past", pastShown)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
					BookingStatus.valueOf(rs.getString(5)), rs.getBoolean(6)))
			.list();
	}

	record Row(long id, long therapistId, long sessionTypeId, Instant startsAt, BookingStatus status,
			boolean upcoming) {
	}

}
