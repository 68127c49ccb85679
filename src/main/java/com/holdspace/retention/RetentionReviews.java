package com.holdspace.retention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.clinic.ClinicSettings;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/**
 * The monthly review of records whose time has passed, and the admin's decision on each: keep it
 * for now, with a reason, or dispose of it. The review lists; it never disposes of anything. A
 * disposal is confirmed by an admin who types the client's name, and carried out by PostgreSQL
 * ({@code dispose_client}, V62), which refuses it again under any hold.
 */
@Service
@Transactional
class RetentionReviews {

	/**
	 * What the rule needs of every client, from the views the client, session and booking modules
	 * publish. A booking that took place is one booked or checked in whose start has passed.
	 */
	private static final String FACTS = """
			select c.client_id, c.date_of_birth, c.created_at, s.first_session, s.last_session,
			       b.first_took_place, b.last_took_place, b.last_booking
			from client_register c
			left join (select client_id, min(started_at) as first_session, max(started_at) as last_session
			           from session_dates group by client_id) s on s.client_id = c.client_id
			left join (select client_id,
			                  min(starts_at) filter (where status in ('BOOKED', 'CHECKED_IN') and starts_at <= ?)
			                      as first_took_place,
			                  max(starts_at) filter (where status in ('BOOKED', 'CHECKED_IN') and starts_at <= ?)
			                      as last_took_place,
			                  max(starts_at) as last_booking
			           from booking_dates group by client_id) b on b.client_id = c.client_id
			""";

	/** A review's client as the admin sees them, with the holds that stand today. */
	private static final String DUE = """
			select r.id, r.client_id, c.legal_name, c.preferred_name, c.date_of_birth, r.last_session, r.counted_from,
			       r.kept_until, r.rule, r.listed_at, h.id as hold_id, h.reason as hold_reason, h.by_account as hold_by,
			       h.by_name as hold_by_name, h.at as hold_at,
			       exists (select 1 from open_clinical_hold o where o.client_id = r.client_id) as clinical_hold
			from retention_review r
			join client_register c on c.client_id = r.client_id
			left join lateral (select e.id, e.action, e.reason, e.by_account, e.by_name, e.at from legal_hold_event e
			                   where e.client_id = r.client_id order by e.id desc limit 1) h on h.action = 'PLACED'
			""";

	/** How many decisions the review page shows under the list. */
	static final int RECENT_DECISIONS = 12;

	private final JdbcTemplate jdbc;

	private final ClinicTime time;

	private final ClinicSettings settings;

	RetentionReviews(JdbcTemplate jdbc, ClinicTime time, ClinicSettings settings) {
		this.jdbc = jdbc;
		this.time = time;
		this.settings = settings;
	}

	/** The rule as the admin has set it today. */
	@Transactional(readOnly = true)
	public RetentionRule rule() {
		return new RetentionRule(this.settings.retentionAdultYears(), this.settings.retentionMinorAge());
	}

	/**
	 * Lists, for this month's review, every client whose record's time has passed and who is not in
	 * a review still open, nor kept for now until a later month. Held records are listed too, and
	 * shown held. Answers how many were listed. Listing twice in a month lists nobody twice.
	 */
	public int listDue() {
		Instant now = this.time.clock().instant();
		LocalDate today = this.time.day(now);
		RetentionRule rule = rule();
		// no record last seen on or after this day can be due: the minor rule only ever keeps longer
		Instant cutoff = today.minusYears(rule.adultYears()).plusDays(1).atStartOfDay(this.time.zone()).toInstant();
		LocalDate month = today.withDayOfMonth(1);
		List<Object[]> due = new ArrayList<>();
		this.jdbc.query(FACTS + """
				where greatest(c.created_at, s.last_session, b.last_booking) < ?
				  and not exists (select 1 from retention_review r where r.client_id = c.client_id
				                  and (r.status in ('PENDING', 'CONFIRMED') or (r.status = 'KEPT' and r.ask_again_on > ?)))
				order by c.client_id""", row -> {
			RetentionRule.Facts facts = facts(row);
			RetentionRule.Retention retention = rule.apply(facts);
			if (retention.dueOn(today)) {
				due.add(new Object[] { row.getLong("client_id"), month, Timestamp.from(now), facts.lastSession(),
						retention.countedFrom(), retention.keptUntil(), retention.rule().name() });
			}
		}, Timestamp.from(now), Timestamp.from(now), Timestamp.from(cutoff), today);
		if (!due.isEmpty()) {
			this.jdbc.batchUpdate("""
					insert into retention_review (client_id, review_month, listed_at, last_session, counted_from,
					    kept_until, rule)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (client_id, review_month) do nothing""", due);
		}
		return due.size();
	}

	/** Where the client's record stands today, from what is recorded now. */
	@Transactional(readOnly = true)
	public Optional<RetentionRule.Retention> retentionOf(long clientId) {
		Instant now = this.time.clock().instant();
		RetentionRule rule = rule();
		return this.jdbc
			.query(FACTS + " where c.client_id = ?", (row, n) -> rule.apply(facts(row)), Timestamp.from(now),
					Timestamp.from(now), clientId)
			.stream()
			.findFirst();
	}

	/** Every client waiting for a decision, the earliest due first; one statement however many. */
	@Transactional(readOnly = true)
	public List<DueClient> pending() {
		return this.jdbc.query(DUE + " where r.status = 'PENDING' order by r.kept_until, r.id",
				(row, n) -> dueClient(row));
	}

	/** One review still waiting for a decision. */
	@Transactional(readOnly = true)
	public Optional<DueClient> pending(long reviewId) {
		return this.jdbc.query(DUE + " where r.status = 'PENDING' and r.id = ?", (row, n) -> dueClient(row), reviewId)
			.stream()
			.findFirst();
	}

	/** The latest decisions, newest first. */
	@Transactional(readOnly = true)
	public List<Decision> recentDecisions() {
		return this.jdbc.query("""
				select r.id, r.client_id, c.legal_name, r.status, r.rule, r.decided_by_name, r.decided_at, r.reason,
				       r.ask_again_on
				from retention_review r
				left join client_register c on c.client_id = r.client_id
				where r.decided_at is not null
				order by r.decided_at desc, r.id desc
				limit ?""", (row, n) -> new Decision(row.getLong("id"), row.getLong("client_id"),
				row.getString("legal_name"), row.getString("status"), RetentionRule.Rule.valueOf(row.getString("rule")),
				row.getString("decided_by_name"), row.getTimestamp("decided_at").toInstant(), row.getString("reason"),
				localDate(row, "ask_again_on")), RECENT_DECISIONS);
	}

	/**
	 * Keeps a record for now: the reason is recorded, and the client comes back in the review of the
	 * month {@code months} from this one. Answers the client's id.
	 */
	public long keep(long reviewId, String reason, int months, HoldspaceUser me) {
		DueClient due = pending(reviewId).orElseThrow(() -> Refused.because("retention.error.decided"));
		Instant now = this.time.clock().instant();
		LocalDate askAgain = this.time.day(now).withDayOfMonth(1).plusMonths(months);
		int kept = this.jdbc.update("""
				update retention_review
				set status = 'KEPT', decided_by = ?, decided_by_name = ?, decided_at = ?, reason = ?, ask_again_on = ?
				where id = ? and status = 'PENDING'""", me.getAccountId(), me.getDisplayName(), Timestamp.from(now),
				reason.strip(), askAgain, reviewId);
		if (kept == 0) {
			throw Refused.because("retention.error.decided");
		}
		return due.clientId();
	}

	/**
	 * Disposes of a record an admin confirmed by typing the client's name. Refused while any hold
	 * stands, when the record is no longer due (the client came back since the review), or when the
	 * name does not match; PostgreSQL checks the holds, the confirmation and the admin again and
	 * refuses on its own. Answers the client's id, which is all that is left.
	 */
	public long dispose(long reviewId, String typedName, HoldspaceUser me) {
		DueClient due = pending(reviewId).orElseThrow(() -> Refused.because("retention.error.decided"));
		if (!sameName(typedName, due.legalName())) {
			throw new Refused("confirmName", "retention.error.name");
		}
		if (due.legalHold() != null) {
			throw Refused.because("retention.error.legalHold");
		}
		if (due.clinicalHold()) {
			throw Refused.because("retention.error.clinicalHold");
		}
		Instant now = this.time.clock().instant();
		LocalDate today = this.time.day(now);
		RetentionRule.Retention current = retentionOf(due.clientId())
			.orElseThrow(() -> Refused.because("retention.error.decided"));
		if (!current.dueOn(today)) {
			throw Refused.because("retention.error.notDue", this.time.format(current.keptUntil(), "d MMMM yyyy"));
		}
		int confirmed = this.jdbc.update("""
				update retention_review set status = 'CONFIRMED', decided_by = ?, decided_by_name = ?, decided_at = ?
				where id = ? and status = 'PENDING'""", me.getAccountId(), me.getDisplayName(), Timestamp.from(now),
				reviewId);
		if (confirmed == 0) {
			throw Refused.because("retention.error.decided");
		}
		try {
			this.jdbc.query("select dispose_client(?, ?, ?, ?, ?)", (ResultSetExtractor<Void>) rows -> null,
					due.clientId(), me.getAccountId(), me.getDisplayName(), due.rule().name(),
					OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
		}
		catch (DataAccessException refusedByPostgres) {
			// a session booked meanwhile, say: nothing is removed, and the review waits as it was
			throw Refused.because("retention.error.refused");
		}
		return due.clientId();
	}

	/**
	 * The name as typed matches the record's: spaces at the ends and between words, case and
	 * accents aside, so that a name is typed on a tablet without hunting for an accent.
	 */
	static boolean sameName(String typed, String legalName) {
		return typed != null && !typed.isBlank() && folded(typed).equals(folded(legalName));
	}

	private static String folded(String name) {
		String plain = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	private RetentionRule.Facts facts(ResultSet row) throws SQLException {
		LocalDate firstSession = earliest(day(row, "first_session"), day(row, "first_took_place"));
		LocalDate lastSession = latest(day(row, "last_session"), day(row, "last_took_place"));
		return new RetentionRule.Facts(row.getDate("date_of_birth").toLocalDate(), day(row, "created_at"), firstSession,
				lastSession, day(row, "last_booking"));
	}

	private DueClient dueClient(ResultSet row) throws SQLException {
		LegalHoldEvent hold = null;
		if (row.getObject("hold_id") != null) {
			hold = new LegalHoldEvent(row.getLong("hold_id"), row.getLong("client_id"), true,
					row.getString("hold_reason"), row.getLong("hold_by"), row.getString("hold_by_name"),
					row.getTimestamp("hold_at").toInstant());
		}
		return new DueClient(row.getLong("id"), row.getLong("client_id"), row.getString("legal_name"),
				row.getString("preferred_name"), row.getDate("date_of_birth").toLocalDate(), localDate(row, "last_session"),
				row.getDate("counted_from").toLocalDate(), row.getDate("kept_until").toLocalDate(),
				RetentionRule.Rule.valueOf(row.getString("rule")), row.getTimestamp("listed_at").toInstant(), hold,
				row.getBoolean("clinical_hold"));
	}

	private LocalDate day(ResultSet row, String column) throws SQLException {
		Timestamp at = row.getTimestamp(column);
		return (at != null) ? this.time.day(at.toInstant()) : null;
	}

	private static LocalDate localDate(ResultSet row, String column) throws SQLException {
		Date date = row.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return Stream.of(a, b).filter(java.util.Objects::nonNull).min(LocalDate::compareTo).orElse(null);
	}

	private static LocalDate latest(LocalDate a, LocalDate b) {
		return Stream.of(a, b).filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
	}

}
