package com.holdspace.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the bookings whose reminder is due and claims them one at a time, so that each reminder
 * goes out once however many app instances or threads look at the same moment, and a booking whose
 * reminder cannot be queued holds up no other.
 */
@NamedInterface("api")
@Service
public class ReminderClaims {

	private static final String DUE = """
			status = 'BOOKED' and reminder_sent_at is null
			and reminder_due_at <= ? and starts_at > ?""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ReminderClaims(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The ids of up to {@code limit} open bookings whose reminder is due and whose session has not
	 * started, the longest due first. Only reads: {@link #claim(long)} each before queueing its reminder.
	 */
	public List<Long> due(int limit) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.queryForList("select id from booking where " + DUE + " order by reminder_due_at, id limit ?",
				Long.class, now, now, limit);
	}

	/**
	 * Marks the booking as reminded if its reminder is still due, and answers whether it did. A booking
	 * another transaction is claiming is skipped (false), not waited for. Call it inside the transaction
	 * that queues the reminder: if that rolls back, so does the claim, and the reminder stays due.
	 * Only {@code reminder_sent_at} is written; the booking's version stays, so nobody editing it is
	 * told it changed (Booking is {@code @DynamicUpdate}, so a save of a stale copy does not undo it).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean claim(long bookingId) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return !this.jdbc.queryForList("""
				update booking set reminder_sent_at = ?
				where id in (
				    select id from booking
				    where id = ? and %s
				    for update skip locked)
				returning id""".formatted(DUE), Long.class, now, bookingId, now, now).isEmpty();
	}

}
