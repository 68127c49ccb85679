package com.holdspace.audit;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.TestDatabase;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;

/**
 * The audit log: who reached which clinical record, when, from where and how it went; sign-ins,
 * refusals, lockouts and timeouts; rows PostgreSQL never lets change; a chain that names an edited
 * row; and the admin's view and export.
 */
@IntegrationTest
class AuditLogTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditChain chain;

	@Autowired
	SessionExpiry expiry;

	@Autowired
	AuditAnchors anchors;

	@Autowired
	AuditChainJob chainJob;

	@LocalServerPort
	int port;

	private String therapistEmail;

	private UserDetails therapist;

	private long therapistId;

	private long clientId;

	@BeforeEach
	void aClientWithAnIntake() {
		this.therapistEmail = this.fixtures.staffMember(Role.THERAPIST);
		this.therapist = this.users.loadUserByUsername(this.therapistEmail);
		this.therapistId = this.fixtures.staffId(this.therapistEmail);
		this.clientId = this.fixtures.client("Audited Client");
		this.intakes.complete(this.clientId, this.therapistId);
	}

	@Test
	void readingAnIntakeLeavesWhoWhenWhereWhichClientAndHowItWent() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.therapist))
			.with(request -> {
				request.setRemoteAddr("192.0.2.44");
				return request;
			})).andExpect(status().isOk());

		Map<String, Object> event = last(this.therapistEmail);
		assertThat(event).containsEntry("action", "VIEW")
			.containsEntry("role", "THERAPIST")
			.containsEntry("account_id", this.therapistId)
			.containsEntry("client_id", this.clientId)
			.containsEntry("subject", "GET /clients/" + this.clientId + "/intake")
			.containsEntry("status", 200)
			.containsEntry("address", "192.0.2.44");
	}

	@Test
	void aConsentPdfIsAnExportAndAnotherClientsIdIsKeptAsTheNotFoundItWas() throws Exception {
		long consent = this.consents.signTreatment(this.clientId, this.therapistId);
		long otherClient = this.fixtures.client("Other Audited Client");

		this.mvc.perform(get("/clients/" + this.clientId + "/consent/records/" + consent + "/pdf")
			.with(user(this.therapist))).andExpect(status().isOk());
		assertThat(last(this.therapistEmail)).containsEntry("action", "EXPORT").containsEntry("client_id", this.clientId);

		this.mvc.perform(get("/clients/" + otherClient + "/consent/records/" + consent + "/pdf")
			.with(user(this.therapist))).andExpect(status().isNotFound());
		assertThat(last(this.therapistEmail)).containsEntry("action", "EXPORT")
			.containsEntry("client_id", otherClient)
			.containsEntry("status", 404);
	}

	@Test
	void aSignedInPersonRefusedAPageIsARefusal() throws Exception {
		String desk = this.fixtures.staffMember(Role.FRONT_DESK);

		this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.users.loadUserByUsername(desk))))
			.andExpect(status().isForbidden());

		assertThat(last(desk)).containsEntry("action", "DENIED")
			.containsEntry("role", "FRONT_DESK")
			.containsEntry("status", 403);
		assertThat((String) last(desk).get("subject")).contains("GET /clients/" + this.clientId + "/intake");
	}

	@Test
	void signingInWithTheSecondFactorAndFailingToAreKeptWithTheEmailTyped() {
		var visitor = new HttpVisitor(this.port);
		visitor.signIn(this.therapistEmail, "not the password");
		assertThat(last(this.therapistEmail)).containsEntry("action", "SIGN_IN_FAILED").containsEntry("account_id", null);
		visitor.signIn("nobody-" + this.therapistEmail, "not the password");
		assertThat(last("nobody-" + this.therapistEmail)).containsEntry("action", "SIGN_IN_FAILED");

		visitor.signIn(this.therapistEmail, Fixtures.PASSWORD);
		List<Map<String, Object>> lastTwo = this.jdbc.queryForList(
				"select * from audit_event where actor = ? order by id desc limit 2", this.therapistEmail);
		// the sign-in is written once it is complete, after the code, never at the password alone
		assertThat(lastTwo.get(1)).containsEntry("action", "SECOND_FACTOR").containsEntry("account_id", this.therapistId);
		assertThat(lastTwo.get(0)).containsEntry("action", "SIGN_IN").containsEntry("account_id", this.therapistId);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'SIGN_IN'",
				Integer.class, this.therapistEmail)).isOne();
	}

	@Test
	void aSignInThatRanOutOfTimeIsATimeoutWhenItIsCleanedUp() {
		var visitor = new HttpVisitor(this.port);
		visitor.signIn(this.therapistEmail, Fixtures.PASSWORD);

		this.expiry.removeEndedBy(System.currentTimeMillis() + Duration.ofMinutes(16).toMillis());

		assertThat(last(this.therapistEmail)).containsEntry("action", "TIMEOUT");
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?",
				Integer.class, this.therapistEmail)).isZero();
	}

	@Test
	void postgresKeepsEveryEventAsItWasWritten() {
		long id = this.jdbc.queryForObject("select max(id) from audit_event", Long.class);

		// the application's role has no right to change a row at all
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update audit_event set actor = 'someone else' where id = ?", id))
			.havingRootCause()
			.withMessageContaining("permission denied");
		// and the owner of the table meets the triggers
		JdbcTemplate owner = TestDatabase.owner().jdbc();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> owner.update("update audit_event set actor = 'someone else' where id = ?", id))
			.withMessageContaining("insert-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> owner.update("delete from audit_event where id = ?", id))
			.withMessageContaining("insert-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> owner.execute("truncate audit_event, audit_seal"))
			.withMessageContaining("insert-only");
	}

	@Test
	void theChainNamesARowEditedBehindHoldspacesBackAndIsWholeAgainOnceItIsPutBack() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.therapist)));
		assertThat(this.chain.verify().intact()).isTrue();
		Map<String, Object> event = last(this.therapistEmail);
		long position = (Long) event.get("position");

		tamper("update audit_event set actor = 'someone-else@example.org' where position = " + position);
		try {
			AuditChain.Verdict verdict = this.chain.verify();
			assertThat(verdict.intact()).isFalse();
			assertThat(verdict.brokenAt()).isEqualTo(position);
			assertThat(verdict.problem()).contains("was changed after it was written");
		}
		finally {
			tamper("update audit_event set actor = '" + this.therapistEmail + "' where position = " + position);
		}
		assertThat(this.chain.verify().intact()).isTrue();
	}

	/**
	 * What the database's owner did: switched the guard off, changed an event, and computed the
	 * chain again with the database's own function and a SHA-256 that needs no secret. The seal,
	 * made with a key the database never holds, no longer matches.
	 */
	@Test
	void anEditedEventWithTheWholeChainComputedAgainIsFoundByItsSeal() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.therapist)));
		assertThat(this.chain.verify().intact()).isTrue();
		long position = (Long) last(this.therapistEmail).get("position");
		List<Map<String, Object>> asWritten = this.jdbc.queryForList(
				"select position, actor, prev_hash, hash from audit_event where position >= ? order by position", position);

		rechain(position, "update audit_event set actor = 'someone-else@example.org' where position = " + position);
		try {
			AuditChain.Verdict verdict = this.chain.verify();
			assertThat(verdict.intact()).isFalse();
			assertThat(verdict.brokenAt()).isEqualTo(position);
			assertThat(verdict.problem()).contains("its seal no longer matches");
		}
		finally {
			tamper(() -> asWritten.forEach(row -> TestDatabase.owner().jdbc().update(
					"update audit_event set actor = ?, prev_hash = ?, hash = ? where position = ?", row.get("actor"),
					row.get("prev_hash"), row.get("hash"), row.get("position"))));
		}
		assertThat(this.chain.verify().intact()).isTrue();
	}

	/** The newest three events removed, with their seals: what is left chains, but stops short of an anchor. */
	@Test
	void aLogCutShortAfterItWasAnchoredIsFound() throws Exception {
		for (int view = 0; view < 3; view++) {
			this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.therapist)));
		}
		AuditAnchors.Anchor anchor = this.anchors.anchorNow().orElseThrow();
		assertThat(this.chain.verify().intact()).isTrue();
		long firstRemoved = anchor.position() - 2;
		List<Map<String, Object>> events = this.jdbc.queryForList(
				"select * from audit_event where position >= ? order by position", firstRemoved);
		List<Map<String, Object>> seals = this.jdbc.queryForList(
				"select * from audit_seal where position >= ? order by position", firstRemoved);

		JdbcTemplate owner = TestDatabase.owner().jdbc();
		tamper(() -> {
			owner.update("delete from audit_seal where position >= ?", firstRemoved);
			owner.update("delete from audit_event where position >= ?", firstRemoved);
		});
		try {
			AuditChain.Verdict verdict = this.chain.verify();
			assertThat(verdict.intact()).isFalse();
			assertThat(verdict.brokenAt()).isEqualTo(firstRemoved);
			assertThat(verdict.problem()).contains("events were removed from its end");
		}
		finally {
			tamper(() -> {
				events.forEach(row -> owner.update("""
						insert into audit_event (id, position, occurred_at, account_id, actor, role, client_id, action, subject,
						                         status, address, prev_hash, hash)
						overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", row.get("id"),
						row.get("position"), row.get("occurred_at"), row.get("account_id"), row.get("actor"), row.get("role"),
						row.get("client_id"), row.get("action"), row.get("subject"), row.get("status"), row.get("address"),
						row.get("prev_hash"), row.get("hash")));
				seals.forEach(row -> owner.update("insert into audit_seal (position, key_id, mac) values (?, ?, ?)",
						row.get("position"), row.get("key_id"), row.get("mac")));
			});
		}
		assertThat(this.chain.verify().intact()).isTrue();
	}

	/** Looking for a client, and reading the audit log itself, are in the audit log too. */
	@Test
	void aSearchOfTheClientsAndAReadingOfTheLogAreWritten() throws Exception {
		this.mvc.perform(get("/clients?q=Marsh").with(user(this.therapist))).andExpect(status().isOk());
		assertThat(last(this.therapistEmail)).containsEntry("action", "VIEW").containsEntry("subject", "GET /clients?q=Marsh");

		String adminEmail = this.fixtures.staffMember(Role.ADMIN);
		this.mvc.perform(get("/admin/audit?action=SIGN_IN").with(user(this.users.loadUserByUsername(adminEmail))))
			.andExpect(status().isOk());
		assertThat(last(adminEmail)).containsEntry("action", "VIEW").containsEntry("subject", "GET /admin/audit?action=SIGN_IN");
	}

	@Test
	void theAdminNarrowsTheLogToAClientAndAnActionAndTakesItAwayAsCsv() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.therapist)));
		String adminEmail = this.fixtures.staffMember(Role.ADMIN);
		UserDetails admin = this.users.loadUserByUsername(adminEmail);

		this.mvc.perform(get("/admin/audit").param("clientId", String.valueOf(this.clientId))
			.param("action", "VIEW")
			.with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.therapistEmail)))
			.andExpect(content().string(containsString("GET /clients/" + this.clientId + "/intake")));

		String csv = this.mvc
			.perform(get("/admin/audit/export").param("clientId", String.valueOf(this.clientId)).with(user(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).isEqualTo("position,time_utc,user,role,client_id,action,what,status,address");
		assertThat(lines).anySatisfy(line -> assertThat(line).contains(this.therapistEmail, "THERAPIST",
				String.valueOf(this.clientId), "VIEW", "GET /clients/" + this.clientId + "/intake", "200"));
		assertThat(last(adminEmail)).containsEntry("action", "EXPORT")
			.containsEntry("subject", "GET /admin/audit/export");

		this.mvc.perform(post("/admin/audit/verify").with(user(admin)).with(csrf()))
			.andExpect(flash().attributeExists("verdict"));
	}

	/** The newest event by {@code actor}, in its place in the chain. */
	private Map<String, Object> last(String actor) {
		this.chainJob.catchUp();
		return this.jdbc.queryForMap("select * from audit_event where actor = ? order by id desc limit 1", actor);
	}

	/** Changes a row and computes the chain on from it again, as the database's own trigger would have. */
	private void rechain(long from, String update) {
		JdbcTemplate owner = TestDatabase.owner().jdbc();
		tamper(() -> {
			owner.execute(update);
			List<Long> positions = owner.queryForList(
					"select position from audit_event where position >= ? order by position", Long.class, from);
			for (long position : positions) {
				owner.update("""
						update audit_event e set prev_hash = coalesce((select p.hash from audit_event p where p.position = e.position - 1),
						                                              repeat('0', 64))
						where position = ?""", position);
				owner.update("""
						update audit_event e set hash = encode(sha256(convert_to(audit_event_text(e), 'UTF8')), 'hex')
						where position = ?""", position);
			}
		});
	}

	/**
	 * What the owner of the tables can do (the application's own role cannot, see RuntimeRoleTests):
	 * switch every guard off, change rows, switch them on.
	 */
	private void tamper(Runnable change) {
		JdbcTemplate owner = TestDatabase.owner().jdbc();
		owner.execute("alter table audit_event disable trigger user");
		owner.execute("alter table audit_seal disable trigger user");
		try {
			change.run();
		}
		finally {
			owner.execute("alter table audit_event enable trigger user");
			owner.execute("alter table audit_seal enable trigger user");
		}
	}

	/**
	 * What someone with the owner's keys could do (the application's own role cannot, see
	 * RuntimeRoleTests): switch the guard off, change a row, switch it on.
	 */
	private void tamper(String update) {
		TestDatabase.owner().jdbc().execute("begin; alter table audit_event disable trigger audit_event_insert_only; "
				+ update + "; alter table audit_event enable trigger audit_event_insert_only; commit");
	}

}
