package com.holdspace.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.booking.BookingViews;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.shared.SecretTokens;

/**
 * A therapist's calendar subscription: a secret link that calendar apps poll. The token is the
 * only key, so it is long and random; a new one replaces the old (rotation) and revoking deletes
 * it, and either way the old link answers "not found" at once. A therapist who is disabled or no
 * longer a therapist has no feed.
 */
@Service
class CalendarFeeds {

	static final Duration PAST = Duration.ofDays(30);

	static final Duration AHEAD = Duration.ofDays(180);

	private final JdbcTemplate jdbc;

	private final BookingViews bookings;

	private final StaffDirectory staff;

	private final BookingCalendar calendar;

	private final MessagingProperties properties;

	private final Clock clock;

	CalendarFeeds(JdbcTemplate jdbc, BookingViews bookings, StaffDirectory staff, BookingCalendar calendar,
			MessagingProperties properties, Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.staff = staff;
		this.calendar = calendar;
		this.properties = properties;
	}

	/** When the therapist's current link was made, if they have one. The link itself is not kept. */
	@Transactional(readOnly = true)
	public Optional<Instant> madeAt(long therapistId) {
		return this.jdbc
			.queryForList("select created_at from calendar_feed where therapist_id = ?", java.sql.Timestamp.class,
					therapistId)
			.stream()
			.findFirst()
			.map(java.sql.Timestamp::toInstant);
	}

	/**
	 * Makes a new secret link for the therapist; an earlier link stops working. The token is
	 * answered here once, to be shown once: only its SHA-256 is stored.
	 */
	@Transactional
	public String renew(long therapistId) {
		String token = SecretTokens.newToken();
		this.jdbc.update("""
				insert into calendar_feed (therapist_id, token_sha256, created_at) values (?, ?, ?)
				on conflict (therapist_id) do update set token_sha256 = excluded.token_sha256, created_at = excluded.created_at""",
				therapistId, SecretTokens.sha256(token), java.sql.Timestamp.from(this.clock.instant()));
		return token;
	}

	/** Stops the therapist's feed; answers whether there was one. */
	@Transactional
	public boolean revoke(long therapistId) {
		return this.jdbc.update("delete from calendar_feed where therapist_id = ?", therapistId) > 0;
	}

	/**
	 * The feed behind a token: the therapist's sessions from 30 days back to 180 days ahead, or empty
	 * when the token is unknown, revoked or belongs to someone who is no longer an active therapist.
	 */
	public Optional<String> feed(String token) {
		if (!SecretTokens.looksValid(token)) {
			return Optional.empty();
		}
		List<Long> owner = this.jdbc.queryForList("select therapist_id from calendar_feed where token_sha256 = ?",
				Long.class, SecretTokens.sha256(token));
		if (owner.isEmpty() || !this.staff.isActiveTherapist(owner.get(0))) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return Optional.of(this.calendar.feed(this.properties.clinicName(),
				this.bookings.forTherapist(owner.get(0), now.minus(PAST), now.plus(AHEAD))));
	}

}
