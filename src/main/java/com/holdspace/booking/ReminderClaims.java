package com.holdspace.booking;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims the bookings whose reminder is due, so that each reminder goes out once however many
 * app instances or threads look at the same moment.
 */
@Service
public class ReminderClaims {

	private final JdbcTemplate jdbc;

	ReminderClaims(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks up to {@code limit} open bookings whose reminder is due and whose session has not started
	 * as reminded, and answers their ids. Rows another transaction is claiming are skipped, not waited
	 * for. Call it inside the transaction that queues the reminders: if that rolls back, so do the claims.
	 * Only {@code reminder_sent_at} is written; the booking's version stays, so nobody editing it is
	 * told it changed (Booking is {@code @DynamicUpdate}, so a save of a stale copy does not undo it).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<Long> claimDue(int limit) {
		return this.jdbc.queryForList("""
				update booking set reminder_sent_at = now()
				where id in (
				    select id from booking
				    where status = 'BOOKED' and reminder_sent_at is null
				      and reminder_due_at <= now() and starts_at > now()
				    order by reminder_due_at
				    limit ?
				    for update skip locked)
				returning id""", Long.class, limit);
	}

}
