package com.holdspace.retention;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import com.holdspace.Fixtures;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.records.RecordExportFixtures;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.waitlist.WaitlistFixtures;

/**
 * Clients whose records are old enough to be reviewed: a whole record with a row in every table
 * that holds one, written as the clinic would have written it ten years ago; or a client opened and
 * seen on days of the test's choosing.
 */
@Component
class RetentionFixtures {

	static final ZoneId CLINIC = ZoneId.of("Europe/London");

	/** Words written into the record, looked for afterwards where nothing clinical may be. */
	static final String MARK = "Wren-marked";

	private final Fixtures fixtures;

	private final AftercareFixtures aftercare;

	private final IntakeFixtures intakes;

	private final ConsentFixtures consents;

	private final WaitlistFixtures waitlist;

	private final BookingFixtures booking;

	private final PortalAccounts portal;

	private final JdbcTemplate jdbc;

	private final TestClock clock;

	private final UserDetailsService users;

	private final RecordExportFixtures exports;

	RetentionFixtures(Fixtures fixtures, AftercareFixtures aftercare, IntakeFixtures intakes, ConsentFixtures consents,
			WaitlistFixtures waitlist, BookingFixtures booking, PortalAccounts portal, JdbcTemplate jdbc, TestClock clock,
			UserDetailsService users, RecordExportFixtures exports) {
		this.exports = exports;
		this.fixtures = fixtures;
		this.aftercare = aftercare;
		this.intakes = intakes;
		this.consents = consents;
		this.waitlist = waitlist;
		this.booking = booking;
		this.portal = portal;
		this.jdbc = jdbc;
		this.clock = clock;
		this.users = users;
	}

	/** A whole record, its client and the login they sign in to the portal with. */
	record WholeRecord(long clientId, String name, String login, long therapistId, long planId) {
	}

	/**
	 * A client seen ten years ago, with every kind of row the clinic keeps: two intake versions, a
	 * provider hold cleared, a self-fill sitting and a draft; a treatment consent and a provider
	 * consent withdrawn; two signed sessions with an entry and an amendment; an aftercare plan with a
	 * check-in; a booking with its history and emails; a waitlist entry with an offer; an online
	 * request; a portal login with an invitation and a typed draft; and the history of their changes.
	 */
	WholeRecord wholeRecord(String name) {
		this.clock.moveTo(TestClock.current().minus(Duration.ofDays(3653 + 40)));
		try {
			AftercareFixtures.Client client = this.aftercare.client();
			long clientId = client.clientId();
			this.jdbc.update("update client set legal_name = ? where id = ?", name, clientId);
			long therapistId = this.fixtures.staffId(client.therapistLogin());
			String now = TestClock.sqlNow();

			this.intakes.completeWithProviderFlag(clientId, therapistId);
			this.jdbc.update("""
					insert into clinical_hold_step (hold_id, step, person_name, person_role, advice_on, note, basis,
					    recorded_by, recorded_by_name, recorded_at)
					select id, 'CLEARANCE', 'Dr Rao', 'GP', ?, 'Advised in writing', 'WRITTEN_ADVICE', ?, 'T', %s
					from clinical_hold where client_id = ? and cleared_at is null""".formatted(TestClock.sqlNow()),
					TestClock.today(),
					therapistId, clientId);
			this.jdbc.update("insert into intake_draft (client_id, answers, updated_by, updated_at) values (?, '{}', ?, "
					+ now + ")", clientId, therapistId);
			this.jdbc.update("""
					insert into intake_self_fill (client_id, handed_over_by, handed_over_by_name, started_at, answers)
					values (?, ?, 'T', %s, '{}')""".formatted(now), clientId, therapistId);

			long provider = this.consents.signProviderCommunication(clientId, therapistId);
			this.consents.withdraw(clientId, provider, therapistId);

			long session = this.aftercare.checkedInSession(client);
			this.jdbc.update("""
					insert into session_entry (session_id, token, kind, occurred_at, words, recorded_by, recorded_by_name)
					values (?, gen_random_uuid(), 'WORDS', %s, ?, ?, 'T')""".formatted(now), session,
					MARK + " words in the room", therapistId);
			this.jdbc.update("update session_record set tension_after = 3, grounding_done = true, subjective = ?, "
					+ "objective = 'o', assessment = 'a', plan = 'p', signed_at = " + now
					+ ", signed_by = therapist_id, signed_by_name = therapist_name where id = ?", MARK + " notes",
					session);
			this.jdbc.update("""
					insert into session_amendment (session_id, token, reason, body, author_id, author_name, created_at)
					values (?, gen_random_uuid(), 'Added later', ?, ?, 'T', %s)""".formatted(now), session,
					MARK + " amendment", therapistId);
			long plan = this.aftercare.handedOverPlan(client, MARK + " plan", null);
			this.jdbc.update("insert into aftercare_check_in (plan_id, token, feeling, words, sent_at) values (?, ?, 4, ?, "
					+ now + ")", plan, UUID.randomUUID(), MARK + " check-in");

			long bookingId = this.jdbc.queryForObject("select min(id) from booking where client_id = ?", Long.class,
					clientId);
			long entry = this.waitlist.entry(clientId, this.waitlist.standard(), therapistId, DayOfWeek.SUNDAY,
					LocalTime.of(6, 0), LocalTime.of(7, 0));
			this.waitlist.offer(entry, therapistId, this.waitlist.room(), this.waitlist.standard(),
					TestClock.current().plusSeconds(86_400), TestClock.current().plusSeconds(3_600));
			this.jdbc.update("""
					insert into online_request (token_sha256, booking_id, client_id, created_at, expires_at, new_client)
					values (?, ?, ?, %s, %s + interval '15 minutes', false)""".formatted(now, now),
					UUID.randomUUID().toString(), bookingId, clientId);
			String email = this.jdbc.queryForObject("select email from client where id = ?", String.class, clientId);
			this.jdbc.update("""
					insert into outgoing_message (booking_id, kind, recipient, subject, body, created_at)
					values (null, 'AFTERCARE_CHECK_IN', ?, 'How are you?', ?, %s)""".formatted(now), email,
					MARK + " follow-up");

			String login = Fixtures.uniqueEmail("retention");
			long account = this.portal.open(login, name, Fixtures.PASSWORD, clientId);
			this.jdbc.update("""
					insert into portal_invitation (client_id, email, token_sha256, invited_by, invited_by_name, created_at,
					    expires_at, accepted_at)
					values (?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, 'T', %s, %s + interval '2 days', %s)"""
				.formatted(now, now, now), clientId, login,
					UUID.randomUUID().toString(), therapistId);
			this.jdbc.update("insert into typed_draft (account_id, form_key, body, updated_at) values (?, 'me:check_in', ?, "
					+ now + ")", account, MARK + " typed");
			// the clearance kept the earlier way (before V12), and history written where the fixtures above
			// wrote rows by hand rather than through the entities Envers follows
			this.jdbc.update("""
					insert into intake_clearance (client_id, intake_version, flag, step, note, recorded_by,
					    recorded_by_name, recorded_at)
					values (?, 2, 'CONSULT_PROVIDER', 'CLEARANCE', 'Carried over', ?, 'T', %s)""".formatted(now),
					clientId, therapistId);
			long revision = this.jdbc.queryForObject("""
					insert into history_revision (id, changed_at, account_id, actor)
					values (-(floor(random() * 1e15) + 1)::bigint, %s, ?, 'T') returning id""".formatted(now), Long.class,
					therapistId);
			this.jdbc.update("""
					insert into intake_draft_history (client_id, revision, revision_kind, answers, updated_at, updated_by)
					values (?, ?, 0, '{}', %s, ?)""".formatted(now), clientId, revision, therapistId);
			this.jdbc.update("""
					insert into intake_self_fill_history (id, revision, revision_kind, client_id, answers, at_home)
					select id, ?, 0, client_id, answers, at_home from intake_self_fill where client_id = ?""", revision,
					clientId);
			this.jdbc.update("""
					insert into session_amendment_history (id, revision, revision_kind, session_id, reason, body)
					select id, ?, 0, session_id, reason, body from session_amendment where session_id = ?""", revision,
					session);
			// what the therapist typed about the record and has not sent: an amendment and a hold's step
			this.jdbc.update("insert into typed_draft (account_id, form_key, body, updated_at) values (?, ?, ?, " + now + ")",
					therapistId, "amendment:" + session, MARK + " amendment typed");
			this.jdbc.update("""
					insert into typed_draft (account_id, form_key, body, updated_at)
					select ?, 'hold:' || h.id || ':CLEARANCE', ?, %s from clinical_hold h where h.client_id = ? limit 1"""
				.formatted(now), therapistId, MARK + " clearance typed", clientId);
			// a copy of the whole record the therapist made, and one the client asked for from the portal
			this.exports.readyExport(clientId, client.therapistLogin());
			this.exports.askedByTheClient(clientId, login);
			return new WholeRecord(clientId, name, login, therapistId, plan);
		}
		finally {
			this.clock.reset();
		}
	}

	/**
	 * A client born on {@code born}, whose record was opened on {@code opened} and who came to a
	 * session on each of {@code sessions}, each at 10:00 on the clinic's clock.
	 */
	long seen(String name, LocalDate born, LocalDate opened, LocalDate... sessions) {
		long clientId = this.fixtures.client(name);
		this.jdbc.update("update client set date_of_birth = ?, created_at = ? where id = ?", born, at(opened), clientId);
		long therapist = this.booking.therapist();
		for (LocalDate day : sessions) {
			this.jdbc.update("""
					insert into session_record (client_id, therapist_id, therapist_name, creation_token, started_at,
					    created_at, updated_at)
					values (?, ?, 'T', gen_random_uuid(), ?, ?, ?)""", clientId, therapist, at(day), at(day), at(day));
		}
		return clientId;
	}

	static java.sql.Timestamp at(LocalDate day) {
		return java.sql.Timestamp.from(day.atTime(10, 0).atZone(CLINIC).toInstant());
	}

	HoldspaceUser admin() {
		return (HoldspaceUser) this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
	}

	HoldspaceUser user(String login) {
		return (HoldspaceUser) this.users.loadUserByUsername(login);
	}

	/** The review listing the client that is still waiting for a decision. */
	long pendingReview(long clientId) {
		return this.jdbc.queryForObject("select id from retention_review where client_id = ? and status = 'PENDING'",
				Long.class, clientId);
	}

	/** Every id that names a row of the client's record, taken before anything is removed. */
	record Ids(long clientId, List<Long> bookings, List<Long> sessions, List<Long> consents, List<Long> plans,
			List<Long> holds, List<Long> entries, List<Long> accounts, List<Long> revisions, List<String> emails) {
	}

	Ids ids(long clientId) {
		List<Long> sessions = ids("select id from session_record where client_id = ? union "
				+ "select id from session_record_history where client_id = ?", clientId, clientId);
		List<Long> consents = ids("select id from signed_consent where client_id = ? union "
				+ "select id from signed_consent_history where client_id = ?", clientId, clientId);
		List<Long> plans = ids("select id from aftercare_plan where client_id = ? union "
				+ "select id from aftercare_plan_history where client_id = ?", clientId, clientId);
		List<Long> revisions = ids("""
				select revision from intake_draft_history where client_id = ?
				union select revision from intake_version_history where client_id = ?
				union select revision from intake_self_fill_history where client_id = ?
				union select revision from signed_consent_history where id = any (%1$s)
				union select revision from consent_withdrawal_history where consent_id = any (%1$s)
				union select revision from session_record_history where id = any (%2$s)
				union select revision from session_amendment_history where session_id = any (%2$s)
				union select revision from aftercare_plan_history where id = any (%3$s)
				union select revision from aftercare_plan_item_history where plan_id = any (%3$s)"""
			.formatted(array(consents), array(sessions), array(plans)), clientId, clientId, clientId);
		List<String> emails = this.jdbc.queryForList("""
				select lower(email) from client where id = ? and email is not null
				union select lower(email) from account where client_id = ?""", String.class, clientId, clientId);
		return new Ids(clientId, ids("select id from booking where client_id = ?", clientId), sessions, consents, plans,
				ids("select id from clinical_hold where client_id = ?", clientId),
				ids("select id from waitlist_entry where client_id = ?", clientId),
				ids("select id from account where client_id = ?", clientId), revisions, emails);
	}

	/** Rows per table that hold the client's record, by the ids taken before. */
	Map<String, Long> counts(Ids ids) {
		String bookings = array(ids.bookings());
		String sessions = array(ids.sessions());
		String consents = array(ids.consents());
		String plans = array(ids.plans());
		String holds = array(ids.holds());
		String entries = array(ids.entries());
		String accounts = array(ids.accounts());
		String emails = ids.emails().stream().map(e -> "'" + e.replace("'", "''") + "'")
			.collect(Collectors.joining(",", "array[", "]::text[]"));
		long client = ids.clientId();
		Map<String, String> queries = new LinkedHashMap<>();
		queries.put("client", "select count(*) from client where id = " + client);
		queries.put("emergency_contact", "select count(*) from emergency_contact where client_id = " + client);
		for (String table : List.of("intake_draft", "intake_version", "intake_clearance", "intake_self_fill",
				"clinical_hold", "signed_consent", "booking", "session_record", "aftercare_plan", "waitlist_entry",
				"online_request", "portal_invitation", "account", "intake_draft_history", "intake_version_history",
				"intake_self_fill_history", "record_export")) {
			queries.put(table, "select count(*) from " + table + " where client_id = " + client);
		}
		// by the keys themselves, known before: after a disposal no session or hold is left to join with
		queries.put("typed_draft (staff's, about the record)", "select count(*) from typed_draft where form_key in ("
				+ ids.sessions().stream().map(id -> "'amendment:" + id + "'").collect(java.util.stream.Collectors.joining(", "))
				+ ") or form_key like any (array[" + ids.holds().stream().map(id -> "'hold:" + id + ":%'")
					.collect(java.util.stream.Collectors.joining(", ")) + "]::text[])");
		queries.put("record_export_part", "select count(*) from record_export_part where export_id in "
				+ "(select id from record_export where client_id = " + client + ")");
		queries.put("clinical_hold_reason", "select count(*) from clinical_hold_reason where hold_id = any (" + holds + ")");
		queries.put("clinical_hold_step", "select count(*) from clinical_hold_step where hold_id = any (" + holds + ")");
		queries.put("consent_withdrawal", "select count(*) from consent_withdrawal where consent_id = any (" + consents + ")");
		queries.put("booking_event", "select count(*) from booking_event where booking_id = any (" + bookings + ")");
		queries.put("session_entry", "select count(*) from session_entry where session_id = any (" + sessions + ")");
		queries.put("session_amendment", "select count(*) from session_amendment where session_id = any (" + sessions + ")");
		queries.put("aftercare_plan_item", "select count(*) from aftercare_plan_item where plan_id = any (" + plans + ")");
		queries.put("aftercare_check_in", "select count(*) from aftercare_check_in where plan_id = any (" + plans + ")");
		queries.put("waitlist_window", "select count(*) from waitlist_window where entry_id = any (" + entries + ")");
		queries.put("waitlist_offer", "select count(*) from waitlist_offer where entry_id = any (" + entries + ")");
		queries.put("outgoing_message", "select count(*) from outgoing_message where booking_id = any (" + bookings
				+ ") or lower(recipient) = any (" + emails + ")");
		queries.put("typed_draft", "select count(*) from typed_draft where account_id = any (" + accounts + ")");
		queries.put("signed_consent_history", "select count(*) from signed_consent_history where id = any (" + consents + ")");
		queries.put("consent_withdrawal_history",
				"select count(*) from consent_withdrawal_history where consent_id = any (" + consents + ")");
		queries.put("session_record_history", "select count(*) from session_record_history where id = any (" + sessions + ")");
		queries.put("session_amendment_history",
				"select count(*) from session_amendment_history where session_id = any (" + sessions + ")");
		queries.put("aftercare_plan_history", "select count(*) from aftercare_plan_history where id = any (" + plans + ")");
		queries.put("aftercare_plan_item_history",
				"select count(*) from aftercare_plan_item_history where plan_id = any (" + plans + ")");
		queries.put("history_revision", "select count(*) from history_revision where id = any (" + array(ids.revisions()) + ")");
		Map<String, Long> counts = new LinkedHashMap<>();
		queries.forEach((table, sql) -> counts.put(table, this.jdbc.queryForObject(sql, Long.class)));
		return counts;
	}

	private List<Long> ids(String sql, Object... args) {
		return new ArrayList<>(this.jdbc.queryForList(sql, Long.class, args));
	}

	static String array(List<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "array[", "]::bigint[]"));
	}

	/** The instant of a day at 10:00 on the clinic's clock. */
	static Instant instant(LocalDate day) {
		return at(day).toInstant();
	}

}
