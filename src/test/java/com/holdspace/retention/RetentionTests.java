package com.holdspace.retention;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.TestDatabase;
import com.holdspace.audit.AuditChain;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.shared.ReferenceData;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;

/**
 * Records that leave and last: the monthly review lists those whose time has passed and disposes
 * of nothing; an admin's confirmed disposal removes every clinical row of the client and leaves a
 * tombstone; nothing under a legal or an open clinical hold is disposed of, and PostgreSQL refuses
 * it on its own; the audit chain still verifies afterwards.
 */
@IntegrationTest
class RetentionTests {

	/**
	 * The review page: who is due with the holds that stand on each, the latest decisions, and the
	 * audit line. The rule comes from the settings kept in memory.
	 */
	private static final int REVIEW_PAGE = 3;

	/** A client's rows to SQLSTATE: permission denied, and a record's trigger refusing. */
	private static final String PERMISSION_DENIED = "42501";

	private static final String LOCKED_BY_TRIGGER = "55000";

	private static final Pattern REQUEST_LINE = Pattern.compile("(GET|POST) /[^\\s?]*(\\?[^\\s]*)?( \\(a colleague's record\\))?");

	@Autowired
	MockMvc mvc;

	@Autowired
	RetentionFixtures retention;

	@Autowired
	RetentionReviews reviews;

	@Autowired
	RetentionReviewJob job;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	AuditChain chain;

	@Autowired
	BookingFixtures booking;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	Fixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Autowired
	ReferenceData referenceData;

	@Autowired
	FilterChainProxy security;

	private HoldspaceUser admin;

	private LocalDate today;

	@BeforeEach
	void anAdmin() {
		this.admin = this.retention.admin();
		this.today = TestClock.today();
	}

	@Test
	void theMonthlyReviewListsTheClientsWhoseTimeHasPassedAndNoOthersAndDisposesOfNothing() {
		LocalDate opened = this.today.minusYears(12);
		LocalDate born = LocalDate.of(1970, 1, 1);
		long nineYears = this.retention.seen("Due Adult", born, opened, opened.plusDays(3), this.today.minusYears(9));
		long eightToday = this.retention.seen("Due Today", born, opened, this.today.minusYears(8));
		long sevenYears = this.retention.seen("Recent Adult", born, opened, this.today.minusYears(7));
		long tomorrow = this.retention.seen("Due Tomorrow", born, opened, this.today.minusYears(8).plusDays(1));
		long neverCame = this.retention.seen("Never Came", born, this.today.minusYears(9));
		// seen at 15, ten years ago: eight years passed two years ago, and their 25th birthday yesterday
		long minorDue = this.retention.seen("Grown Up", this.today.minusYears(25).minusDays(1),
				this.today.minusYears(10), this.today.minusYears(10));
		// seen at 14, ten years ago: eight years have passed, but they turn 25 next year
		long minorKept = this.retention.seen("Still Young", this.today.minusYears(24), this.today.minusYears(10),
				this.today.minusYears(10));
		long comingBack = this.retention.seen("Coming Back", born, opened, this.today.minusYears(9));
		this.booking.book(comingBack, this.booking.standard(), this.booking.therapist(), this.booking.room(),
				this.booking.at(2, DayOfWeek.TUESDAY, 10, 0));
		List<Long> clients = List.of(nineYears, eightToday, sevenYears, tomorrow, neverCame, minorDue, minorKept,
				comingBack);

		this.job.monthly();

		assertThat(review(nineYears)).containsEntry("rule", "ADULT")
			.containsEntry("status", "PENDING")
			.containsEntry("last_session", java.sql.Date.valueOf(this.today.minusYears(9)))
			.containsEntry("kept_until", java.sql.Date.valueOf(this.today.minusYears(1)));
		assertThat(review(eightToday)).containsEntry("kept_until", java.sql.Date.valueOf(this.today));
		assertThat(review(neverCame)).containsEntry("rule", "ADULT").containsEntry("last_session", null);
		assertThat(review(minorDue)).containsEntry("rule", "MINOR")
			.containsEntry("kept_until", java.sql.Date.valueOf(this.today.minusDays(1)));
		for (long notDue : List.of(sevenYears, tomorrow, minorKept, comingBack)) {
			assertThat(reviewsOf(notDue)).as("client %d is not due", notDue).isZero();
		}
		// the job lists; it never disposes
		assertThat(this.jdbc.queryForObject("select count(*) from client where id = any (" + RetentionFixtures.array(clients)
				+ ")", Integer.class)).isEqualTo(clients.size());
		assertThat(this.jdbc.queryForObject("select count(*) from session_record where client_id = any ("
				+ RetentionFixtures.array(clients) + ")", Integer.class)).isEqualTo(8);
		assertThat(this.jdbc.queryForObject("select count(*) from disposed_record where client_id = any ("
				+ RetentionFixtures.array(clients) + ")", Integer.class)).isZero();

		// run again in the same month: nobody listed twice
		assertThat(this.reviews.listDue()).isZero();
		assertThat(reviewsOf(nineYears)).isEqualTo(1);
	}

	@Test
	void aDisposalRemovesEveryRowOfTheClientsRecordTouchesNoOtherClientAndLeavesATombstone() throws Exception {
		String name = "Ada Ørsted " + UUID.randomUUID().toString().substring(0, 6);
		RetentionFixtures.WholeRecord record = this.retention.wholeRecord(name);
		RetentionFixtures.WholeRecord other = this.retention.wholeRecord("Bea Kept " + UUID.randomUUID());
		readAndCheckIn(record);
		this.reviews.listDue();
		long review = this.retention.pendingReview(record.clientId());
		RetentionFixtures.Ids ids = this.retention.ids(record.clientId());
		Map<String, Long> before = this.retention.counts(ids);
		Map<String, Long> otherBefore = this.retention.counts(this.retention.ids(other.clientId()));
		assertThat(before).as("the whole record has a row in every table: %s", before).allSatisfy((table, rows) ->
				assertThat(rows).as(table).isPositive());
		long auditEvents = auditEventsOf(record.clientId());
		int createdYear = this.jdbc.queryForObject("select extract(year from created_at)::int from client where id = ?",
				Integer.class, record.clientId());

		this.mvc.perform(post("/admin/retention/reviews/" + review + "/dispose").param("confirmName", "  " + name.toLowerCase() + " ")
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/retention"));

		Map<String, Long> after = this.retention.counts(ids);
		assertThat(after).as("nothing of the record is left: %s", after).allSatisfy((table, rows) ->
				assertThat(rows).as(table).isZero());
		assertThat(this.retention.counts(this.retention.ids(other.clientId()))).isEqualTo(otherBefore);
		assertThat(this.jdbc.queryForMap("select * from disposed_record where client_id = ?", record.clientId()))
			.containsEntry("created_year", createdYear)
			.containsEntry("disposed_by", this.admin.getAccountId())
			.containsEntry("disposed_by_name", this.admin.getDisplayName())
			.containsEntry("rule", "ADULT")
			.containsEntry("review_id", review);
		assertThat(this.jdbc.queryForObject("select status from retention_review where id = ?", String.class, review))
			.isEqualTo("DISPOSED");
		this.mvc.perform(get("/clients/" + record.clientId()).with(user(this.admin))).andExpect(status().isNotFound());
		assertThat(this.mvc.perform(get("/admin/retention").with(user(this.admin))).andReturn().getResponse()
			.getContentAsString()).contains("Record " + record.clientId() + " disposed of");

		// the audit log keeps every event, names the record by number only, and still verifies
		assertThat(auditEventsOf(record.clientId())).isGreaterThan(auditEvents);
		AuditChain.Verdict verdict = this.chain.verify();
		assertThat(verdict.intact()).as(verdict.problem()).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'DISPOSE'"
				+ " and status = 302", Integer.class, record.clientId())).isEqualTo(1);
	}

	@Test
	void auditEventsHoldNoClinicalContentSoTheChainOutlivesADisposalWhole() throws Exception {
		RetentionFixtures.WholeRecord record = this.retention.wholeRecord("Cleo Audit " + UUID.randomUUID());
		readAndCheckIn(record);

		List<Map<String, Object>> events = this.jdbc.queryForList(
				"select action, actor, subject from audit_event where client_id = ?", record.clientId());
		assertThat(events).extracting(event -> event.get("action")).contains("VIEW", "CONCERN");
		assertThat(events).allSatisfy(event -> {
			String subject = (String) event.get("subject");
			// a request's line (method, path with ids, never a form's body) or one of the fixed sentences
			assertThat(REQUEST_LINE.matcher(subject).matches() || subject.matches("Urgent aftercare check-in on plan \\d+")
					|| subject.matches("Online booking \\d+ (held until confirmed|confirmed by the emailed link)")
					|| subject.equals("Online booking not held: the clinic will call")
					|| subject.matches("Whole record written: export \\d+, \\d+ bytes in \\d+ parts?"))
				.as("audit subject '%s'", subject)
				.isTrue();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where subject like ? or actor like ?",
				Integer.class, "%" + RetentionFixtures.MARK + "%", "%" + RetentionFixtures.MARK + "%")).isZero();
		assertThat(this.jdbc.queryForObject(
				"select subject from audit_event where client_id = ? and action = 'CONCERN'", String.class,
				record.clientId())).isEqualTo("Urgent aftercare check-in on plan " + record.planId());
	}

	@Test
	void nothingUnderALegalHoldIsDisposedOfAndPostgresRefusesItToo() throws Exception {
		String name = "Held Legally " + UUID.randomUUID().toString().substring(0, 6);
		long client = dueClient(name);
		long review = this.retention.pendingReview(client);

		this.mvc.perform(post("/admin/retention/clients/" + client + "/legal-hold").param("reason", "Litigation: claim 42")
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/clients/" + client + "#legal-hold"));
		assertThat(holdEvents(client)).containsExactly("PLACED");
		// a second hold on top of the first is refused, beside the field
		this.mvc.perform(post("/admin/retention/clients/" + client + "/legal-hold").param("reason", "Again")
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isFound());
		assertThat(holdEvents(client)).containsExactly("PLACED");

		String page = this.mvc.perform(get("/admin/retention").with(user(this.admin))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"review-" + review + "\"", "Litigation: claim 42")
			.doesNotContain("id=\"dispose-" + review + "\"");
		String refused = this.mvc.perform(post("/admin/retention/reviews/" + review + "/dispose")
			.param("confirmName", name)
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("This record is under a hold");
		assertThat(clientExists(client)).isTrue();

		// PostgreSQL itself: even a review confirmed by an admin is not disposed of under the hold
		confirm(review, this.admin.getAccountId());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> disposeDirectly(client, this.admin))
			.havingRootCause().withMessageContaining("is under a legal hold");
		assertThat(clientExists(client)).isTrue();
		// the hold's history is never rewritten, not by the application nor by the owner
		assertRefused(this.jdbc, "update legal_hold_event set reason = 'nothing' where client_id = " + client,
				PERMISSION_DENIED);
		assertRefused(TestDatabase.owner().jdbc(), "delete from legal_hold_event where client_id = " + client,
				LOCKED_BY_TRIGGER);

		this.mvc.perform(post("/admin/retention/clients/" + client + "/legal-hold/lift").param("reason", "Claim settled")
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isFound());
		assertThat(holdEvents(client)).containsExactly("LIFTED", "PLACED");
		disposeDirectly(client, this.admin);
		assertThat(clientExists(client)).isFalse();
		// what was placed and lifted outlives the record, as the clinic's account of why it was kept
		assertThat(holdEvents(client)).containsExactly("LIFTED", "PLACED");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'RETENTION'",
				Integer.class, client)).isEqualTo(3);
	}

	@Test
	void nothingUnderAnOpenClinicalHoldIsDisposedOfAndPostgresRefusesItToo() throws Exception {
		String name = "Held Clinically " + UUID.randomUUID().toString().substring(0, 6);
		long client = dueClient(name);
		long review = this.retention.pendingReview(client);
		long therapist = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.intakes.completeWithProviderFlag(client, therapist);

		String page = this.mvc.perform(get("/admin/retention").with(user(this.admin))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"review-" + review + "\"", "An open clinical hold")
			.doesNotContain("id=\"dispose-" + review + "\"");
		this.mvc.perform(post("/admin/retention/reviews/" + review + "/dispose").param("confirmName", name)
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isOk());
		assertThat(clientExists(client)).isTrue();

		confirm(review, this.admin.getAccountId());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> disposeDirectly(client, this.admin))
			.havingRootCause().withMessageContaining("has an open clinical hold");
		assertThat(clientExists(client)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from intake_version where client_id = ?", Integer.class,
				client)).isEqualTo(1);
	}

	@Test
	void postgresDisposesOnlyOfAReviewAnEnabledAdminConfirmed() {
		long client = dueClient("Unconfirmed " + UUID.randomUUID());
		long review = this.retention.pendingReview(client);

		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> disposeDirectly(client, this.admin))
			.havingRootCause().withMessageContaining("is in no confirmed retention review");
		HoldspaceUser therapist = this.retention.user(this.fixtures.staffMember(Role.THERAPIST));
		confirm(review, therapist.getAccountId());
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> disposeDirectly(client, therapist))
			.havingRootCause().withMessageContaining("only an enabled admin");
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> disposeDirectly(client, this.admin))
			.havingRootCause().withMessageContaining("confirmed by another admin");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> disposeDirectly(Long.MAX_VALUE, this.admin))
			.havingRootCause().withMessageContaining("has no record to dispose of");
		assertThat(clientExists(client)).isTrue();
	}

	@Test
	void aReviewTheApplicationsRoleForgedDisposesOfNothingStillWithinItsTime() {
		// seen last month: no monthly review lists them, so this one is written by hand, as a
		// compromised application could, confirmed in an enabled admin's name
		long client = this.retention.seen("Forged Review " + UUID.randomUUID(), LocalDate.of(1980, 1, 1),
				this.today.minusYears(3), this.today.minusMonths(1));
		this.jdbc.update("""
				insert into retention_review (client_id, review_month, listed_at, last_session, counted_from, kept_until,
				    rule)
				values (?, ?, now(), ?, ?, ?, 'ADULT')""", client, this.today.withDayOfMonth(1),
				this.today.minusMonths(1), this.today.minusYears(9), this.today.minusYears(1));
		confirm(this.retention.pendingReview(client), this.admin.getAccountId());

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.queryForList("select dispose_client(?, ?, ?, 'ADULT', 'infinity')::text", client,
					this.admin.getAccountId(), this.admin.getDisplayName()))
			.havingRootCause().withMessageContaining("it is not due for disposal");
		assertThat(clientExists(client)).isTrue();
	}

	@Test
	void theRuntimeRoleStillCannotRemoveAClinicalRowNorOpenTheWayForItself() throws SQLException {
		long therapist = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		long client = this.retention.seen("Locked Rows " + UUID.randomUUID(), LocalDate.of(1980, 1, 1),
				this.today.minusYears(1), this.today.minusDays(3));
		this.intakes.complete(client, therapist);
		JdbcTemplate owner = TestDatabase.owner().jdbc();

		assertRefused(this.jdbc, "delete from session_record where client_id = " + client, PERMISSION_DENIED);
		assertRefused(this.jdbc, "delete from intake_version where client_id = " + client, PERMISSION_DENIED);
		// the way a disposal opens is the owner's alone: the runtime role can neither write nor read it
		assertRefused(this.jdbc, "insert into disposal_under_way values (pg_current_xact_id(), " + client + ")",
				PERMISSION_DENIED);
		assertRefused(this.jdbc, "select count(*) from disposal_under_way", PERMISSION_DENIED);
		assertRefused(this.jdbc, "insert into disposed_record values (" + client + ", 2020, now(), "
				+ this.admin.getAccountId() + ", 'x', 'ADULT', 1)", PERMISSION_DENIED);
		// a setting any role may set opens nothing
		this.jdbc.execute("select set_config('holdspace.disposing', '" + client + "', false)");
		assertRefused(this.jdbc, "delete from session_record where client_id = " + client, PERMISSION_DENIED);
		// the owner, who has the right, meets the triggers outside a disposal
		assertRefused(owner, "delete from session_record where client_id = " + client, LOCKED_BY_TRIGGER);
		assertRefused(owner, "delete from intake_version where client_id = " + client, LOCKED_BY_TRIGGER);
		assertThat(this.jdbc.queryForObject("select count(*) from session_record where client_id = ?", Integer.class,
				client)).isEqualTo(1);

		// dispose_client: runs as the owner with a fixed search path; nobody but the runtime role may call it
		Map<String, Object> function = owner.queryForMap("""
				select prosecdef, pg_get_userbyid(proowner) as owner, array_to_string(proconfig, ',') as config,
				       (select count(*) from aclexplode(proacl) where grantee = 0) as public_grants,
				       has_function_privilege(?, oid, 'EXECUTE') as runtime_may
				from pg_proc where proname = 'dispose_client'""", TestDatabase.RUNTIME);
		assertThat(function).containsEntry("prosecdef", true)
			.containsEntry("owner", TestDatabase.OWNER)
			.containsEntry("public_grants", 0L)
			.containsEntry("runtime_may", true);
		assertThat((String) function.get("config")).startsWith("search_path=");
	}

	@Test
	void keepingARecordForNowRecordsWhyAndListsItAgainInTheMonthChosen() throws Exception {
		long client = dueClient("Kept For Now " + UUID.randomUUID());
		long review = this.retention.pendingReview(client);

		this.mvc.perform(post("/admin/retention/reviews/" + review + "/keep").param("reason", " ")
			.param("askAgainMonths", "1")
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select status from retention_review where id = ?", String.class, review))
			.isEqualTo("PENDING");
		this.mvc.perform(post("/admin/retention/reviews/" + review + "/keep")
			.param("reason", "The client asked us to wait while a complaint is open")
			.param("askAgainMonths", "1")
			.with(user(this.admin))
			.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/retention"));

		LocalDate nextMonth = this.today.withDayOfMonth(1).plusMonths(1);
		assertThat(this.jdbc.queryForMap("select * from retention_review where id = ?", review))
			.containsEntry("status", "KEPT")
			.containsEntry("reason", "The client asked us to wait while a complaint is open")
			.containsEntry("decided_by", this.admin.getAccountId())
			.containsEntry("ask_again_on", java.sql.Date.valueOf(nextMonth));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where client_id = ? and action = 'RETENTION'",
				Integer.class, client)).isEqualTo(2);
		this.reviews.listDue();
		assertThat(reviewsOf(client)).isEqualTo(1);

		this.clock.moveTo(nextMonth.atTime(3, 15).atZone(ZoneId.of("Europe/London")).toInstant());
		this.job.monthly();
		assertThat(this.jdbc.queryForObject("select review_month from retention_review where client_id = ? "
				+ "and status = 'PENDING'", java.sql.Date.class, client)).isEqualTo(java.sql.Date.valueOf(nextMonth));
		assertThat(clientExists(client)).isTrue();
	}

	@Test
	void theReviewPageCostsTheSameForOneClientDueOrNine() throws Exception {
		ConfiguredCsrf.restore(this.security);
		dueClient("Budget Due 0 " + UUID.randomUUID());
		int one = statementsFor("/admin/retention");
		for (int i = 1; i < 9; i++) {
			long client = dueClient("Budget Due " + i + " " + UUID.randomUUID());
			if (i % 3 == 0) {
				this.jdbc.update("""
						insert into legal_hold_event (client_id, action, reason, by_account, by_name, at)
						values (?, 'PLACED', 'Regulator', ?, 'Admin', now())""", client, this.admin.getAccountId());
			}
		}
		int nine = statementsFor("/admin/retention");

		System.out.printf("Retention review page: %d SQL statements with one client due, %d with nine more%n", one, nine);
		assertThat(nine).as("the review page").isEqualTo(one).isLessThanOrEqualTo(REVIEW_PAGE);
	}

	/** A client last seen nine years ago, listed by this month's review. */
	private long dueClient(String name) {
		long client = this.retention.seen(name, LocalDate.of(1975, 3, 3), this.today.minusYears(12),
				this.today.minusYears(9));
		this.reviews.listDue();
		return client;
	}

	/** An admin reads the intake and a session; the client tells their therapist they are low. */
	private void readAndCheckIn(RetentionFixtures.WholeRecord record) throws Exception {
		long session = this.jdbc.queryForObject("select min(id) from session_record where client_id = ?", Long.class,
				record.clientId());
		this.mvc.perform(get("/clients/" + record.clientId() + "/intake/versions/1").with(user(this.admin)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/sessions/" + session).with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(post("/me/plans/" + record.planId() + "/check-in").param("feeling", "1")
			.param("words", RetentionFixtures.MARK + " a hard week")
			.param("token", UUID.randomUUID().toString())
			.with(user(this.retention.user(record.login())))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	private void confirm(long review, long by) {
		this.jdbc.update("""
				update retention_review set status = 'CONFIRMED', decided_by = ?, decided_by_name = 'Confirming', decided_at = now()
				where id = ?""", by, review);
	}

	private void disposeDirectly(long client, HoldspaceUser by) {
		this.jdbc.queryForList("select dispose_client(?, ?, ?, 'ADULT', now())::text", client, by.getAccountId(),
				by.getDisplayName());
	}

	private Map<String, Object> review(long client) {
		return this.jdbc.queryForMap("select * from retention_review where client_id = ?", client);
	}

	private int reviewsOf(long client) {
		return this.jdbc.queryForObject("select count(*) from retention_review where client_id = ?", Integer.class,
				client);
	}

	private long auditEventsOf(long client) {
		return this.jdbc.queryForObject("select count(*) from audit_event where client_id = ?", Long.class, client);
	}

	private boolean clientExists(long client) {
		return this.jdbc.queryForObject("select count(*) from client where id = ?", Integer.class, client) == 1;
	}

	private List<String> holdEvents(long client) {
		return this.jdbc.queryForList("select action from legal_hold_event where client_id = ? order by id desc",
				String.class, client);
	}

	private static void assertRefused(JdbcTemplate as, String sql, String sqlState) {
		assertThatExceptionOfType(DataAccessException.class).as(sql).isThrownBy(() -> as.execute(sql))
			.satisfies(refusal -> assertThat(((SQLException) refusal.getMostSpecificCause()).getSQLState())
				.as("%s: %s", sql, refusal.getMostSpecificCause().getMessage())
				.isEqualTo(sqlState));
	}

	private int statementsFor(String path) throws Exception {
		this.referenceData.catchUp();
		this.mvc.perform(get(path).with(user(this.admin))).andExpect(status().isOk());
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(this.admin))).andExpect(status().isOk());
			List<String> sql = this.statements.stop();
			assertThat(sql.size()).as("%s", sql).isLessThanOrEqualTo(REVIEW_PAGE);
			return sql.size();
		}
		finally {
			this.statements.stop();
		}
	}

}
