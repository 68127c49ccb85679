package com.holdspace.messaging;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.booking.BookingService;
import com.holdspace.staff.StaffDirectory;

/**
 * A therapist's calendar subscription: a secret link that calendar apps poll. The token is the
 * only key, so it is long and random; a new one replaces the old (rotation) and revoking deletes
 * it, and either way the old link answers "not found" at once. A therapist who is disabled or no
 * longer a therapist has no feed.
 */
@Service
class CalendarFeeds {

	private static final int TOKEN_BYTES = 32;

	/** 32 bytes in base64url without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	static final Duration PAST = Duration.ofDays(30);

	static final Duration AHEAD = Duration.ofDays(180);

	private final JdbcTemplate jdbc;

	private final BookingService bookings;

	private final StaffDirectory staff;

	private final BookingCalendar calendar;

	private final MessagingProperties properties;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock = Clock.systemUTC();

	CalendarFeeds(JdbcTemplate jdbc, BookingService bookings, StaffDirectory staff, BookingCalendar calendar,
			MessagingProperties properties) {
		this.jdbc = jdbc;
		this.bookings = bookings;
		this.staff = staff;
		this.calendar = calendar;
		this.properties = properties;
	}

	@Transactional(readOnly = true)
	public Optional<String> token(long therapistId) {
		return this.jdbc.queryForList("select token from calendar_feed where therapist_id = ?", String.class, therapistId)
			.stream()
			.findFirst();
	}

	/** Makes a new secret link for the therapist; an earlier link stops working. */
	@Transactional
	public String renew(long therapistId) {
		byte[] bytes = new byte[TOKEN_BYTES];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.update("""
				insert into calendar_feed (therapist_id, token) values (?, ?)
				on conflict (therapist_id) do update set token = excluded.token, created_at = now()""",
				therapistId, token);
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
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		List<Long> owner = this.jdbc.queryForList("select therapist_id from calendar_feed where token = ?", Long.class,
				token);
		if (owner.isEmpty() || !this.staff.isActiveTherapist(owner.get(0))) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return Optional.of(this.calendar.feed(this.properties.clinicName(),
				this.bookings.forTherapist(owner.get(0), now.minus(PAST), now.plus(AHEAD))));
	}

}
