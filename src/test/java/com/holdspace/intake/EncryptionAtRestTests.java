package com.holdspace.intake;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.IntegrationTest;
import com.holdspace.TestDatabase;
import com.holdspace.session.SessionFixtures;
import com.holdspace.shared.FieldCipher;
import com.holdspace.shared.EncryptionCheck;
import com.holdspace.shared.Rekeying;
import com.holdspace.shared.TypedDrafts;

/**
 * Trigger notes, screening answers and session notes written through the pages are stored
 * encrypted: a dump of the whole database holds none of them, while the pages read them back. Keys
 * rotate: after a new key becomes current, rekeying rewrites every value, locked records included.
 */
@IntegrationTest
class EncryptionAtRestTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	IntakeService intakeService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Rekeying rekeying;

	@Autowired
	EncryptionCheck check;

	@Autowired
	TypedDrafts drafts;

	@Test
	void markersWrittenThroughThePagesAppearNowhereInADumpYetThePagesShowThem() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String trigger = "TRIGGER-MARKER-" + run;
		String screening = "SCREENING-MARKER-" + run;
		String drafted = "DRAFT-MARKER-" + run;
		String arrival = "ARRIVAL-MARKER-" + run;
		String words = "WORDS-MARKER-" + run;
		String notes = "NOTES-MARKER-" + run;
		String control = "DESK-NOTE-MARKER-" + run;

		var setting = this.sessions.readyClientBooked();
		UserDetails therapist = this.sessions.login(setting.therapistLogin());
		String intake = "/clients/" + setting.clientId() + "/intake";
		IntakeForm answers = IntakeAnswers.complete();
		answers.setTriggersToAvoid(trigger);
		answers.setMedicalConditions(screening);
		this.mvc.perform(post(intake + "/complete").with(user(therapist))
			.with(csrf())
			.param("completionToken", UUID.randomUUID().toString())
			.params(IntakeRequests.params(answers))).andExpect(status().isFound());
		this.mvc.perform(post(intake + "/draft").with(user(therapist))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)
			.param("traumaOrInjuryAreas", drafted)).andExpect(status().isOk());

		this.sessions.onTheDay(setting);
		String record = this.mvc.perform(post("/sessions").with(user(therapist))
			.with(csrf())
			.param("bookingId", String.valueOf(setting.bookingId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
		long sessionId = Long.parseLong(record.substring(record.lastIndexOf('/') + 1));
		send(therapist, post(record + "/consent"), sessionId);
		send(therapist, post(record + "/check-in").param("tensionBefore", "5")
			.param("arrival", arrival)
			.param("alcoholOrDrugsToday", "false")
			.param("newFlashbacks", "false")
			.param("harmThoughts", "false")
			.param("hadWater", "true")
			.param("breathingOffered", "true"), sessionId);
		this.mvc.perform(post(record + "/entries/WORDS").with(user(therapist))
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("words", words)).andExpect(status().isFound());
		int version = this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class,
				sessionId);
		this.mvc.perform(post(record + "/draft").with(user(therapist))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("phase", "NOTES")
			.param("subjective", notes)).andExpect(status().isOk());
		this.jdbc.update("update client set front_desk_notes = ? where id = ?", control, setting.clientId());

		this.mvc.perform(get(record).with(user(therapist)))
			.andExpect(content().string(containsString(arrival)))
			.andExpect(content().string(containsString(words)))
			.andExpect(content().string(containsString(notes)));
		this.mvc.perform(get(intake).with(user(therapist)))
			.andExpect(content().string(containsString(trigger)))
			.andExpect(content().string(containsString(screening)));
		assertThat(this.intakeService.draft(setting.clientId()).orElseThrow().getAnswers()).contains(drafted);

		String dump = dump();
		assertThat(dump).as("the unencrypted desk note, so the dump is the right one").contains(control);
		for (String marker : List.of(trigger, screening, drafted, arrival, words, notes)) {
			assertThat(dump).as("a dump of the database").doesNotContain(marker);
		}
		assertThat(this.jdbc.queryForObject("select subjective from session_record where id = ?", String.class,
				sessionId)).startsWith("hs1:test-1:");
	}

	@Test
	void afterANewKeyBecomesCurrentRekeyingRewritesEveryValueLockedRecordsIncluded() throws Exception {
		var setting = this.sessions.readyClientBooked();
		UserDetails therapist = this.sessions.login(setting.therapistLogin());
		long versionId = this.jdbc.queryForObject("select id from intake_version where client_id = ?", Long.class,
				setting.clientId());
		// a value written before encryption began, in an intake version no one may change
		try (var admin = TestDatabase.admin().connect(); var statement = admin.createStatement()) {
			statement.execute("begin; set local session_replication_role = replica; "
					+ "update intake_version set answers = '{\"triggersToAvoid\":\"Written before encryption\"}' where id = "
					+ versionId + "; commit;");
		}
		FieldCipher before = FieldCipher.get();
		String newKey = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes());
		try {
			this.rekeying.rewriteAll();
			assertThat(answersOf(versionId)).startsWith("hs1:test-1:");

			FieldCipher.install(new FieldCipher(Map.of("test-1", testKey(), "test-2", newKey), "test-2"));
			long rewritten = this.rekeying.rewriteAll();

			assertThat(rewritten).isPositive();
			assertThat(this.jdbc.queryForObject("""
					select count(*) from intake_version where answers like 'hs1:test-1:%'""", Long.class)).isZero();
			assertThat(answersOf(versionId)).startsWith("hs1:test-2:");
			FieldCipher.install(new FieldCipher(Map.of("test-2", newKey), "test-2"));
			this.mvc.perform(get("/clients/" + setting.clientId() + "/intake/versions/1").with(user(therapist)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Written before encryption")));
		}
		finally {
			// back under the tests' own key, for the tests after this one
			FieldCipher.install(new FieldCipher(Map.of("test-1", testKey(), "test-2", newKey), "test-1"));
			this.rekeying.rewriteAll();
			FieldCipher.install(before);
		}
	}

	@Test
	void theEncryptionCheckDecryptsEveryValueAndNamesAChangedValueAndAColumnRekeyingWouldMiss() throws Exception {
		var setting = this.sessions.readyClientBooked();
		this.drafts.keep(setting.therapistId(), "amendment:check", Map.of("body", "Typed and not yet sent"));

		EncryptionCheck.Result clean = this.check.run();

		assertThat(clean.problems()).as("a typed draft is encrypted too, and rekeying knows it").isEmpty();
		assertThat(clean.decrypted().get("intake_version.answers")).isPositive();
		assertThat(clean.decrypted().get("typed_draft.body")).isPositive();

		long versionId = this.jdbc.queryForObject("select id from intake_version where client_id = ?", Long.class,
				setting.clientId());
		String answers = answersOf(versionId);
		String changed = answers.substring(0, answers.length() - 2) + (answers.endsWith("A") ? "B" : "A") + "A";
		try (var admin = TestDatabase.admin().connect(); var statement = admin.createStatement()) {
			statement.execute("begin; set local session_replication_role = replica; update intake_version set answers = '"
					+ changed + "' where id = " + versionId + "; update client set pronouns = 'hs1:test-1:x' where id = " + setting.clientId() + "; commit;");
		}
		try {
			EncryptionCheck.Result broken = this.check.run();

			assertThat(broken.intact()).isFalse();
			assertThat(broken.problems()).anySatisfy(problem -> assertThat(problem)
				.startsWith("intake_version.answers: A value in intake_answers fails its integrity check"));
			assertThat(broken.problems())
				.contains("client.pronouns holds encrypted texts that rekeying does not know of");
		}
		finally {
			try (var admin = TestDatabase.admin().connect(); var statement = admin.createStatement()) {
				statement.execute("begin; set local session_replication_role = replica; update intake_version set answers = '"
						+ answers + "' where id = " + versionId + "; update client set pronouns = null where id = "
						+ setting.clientId() + "; commit;");
			}
			this.drafts.forget(setting.therapistId(), "amendment:check");
		}
	}

	private String answersOf(long versionId) {
		return this.jdbc.queryForObject("select answers from intake_version where id = ?", String.class, versionId);
	}

	private static String testKey() throws IOException {
		var properties = new java.util.Properties();
		try (var in = EncryptionAtRestTests.class.getResourceAsStream("/application-test.properties")) {
			properties.load(in);
		}
		return properties.getProperty("holdspace.encryption.keys.test-1");
	}

	/** Sends the session page's form with the version the page was loaded with. */
	private void send(UserDetails therapist, MockHttpServletRequestBuilder request, long sessionId) throws Exception {
		int version = this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class,
				sessionId);
		this.mvc.perform(request.with(user(therapist))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("phase", "CHECK_IN"));
	}

	/** The whole database as pg_dump writes it, data included. */
	private static String dump() throws IOException, InterruptedException {
		var database = TestDatabase.admin();
		URI uri = URI.create(database.jdbcUrl().substring("jdbc:".length()));
		var process = new ProcessBuilder("pg_dump", "--host", uri.getHost(), "--port", String.valueOf(uri.getPort()),
				"--username", database.username(), "--no-password", uri.getPath().substring(1))
			.redirectErrorStream(true);
		process.environment().put("PGPASSWORD", (database.password() != null) ? database.password() : "");
		Process running = process.start();
		String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(running.waitFor()).as("pg_dump: %s", output.length() > 500 ? output.substring(0, 500) : output)
			.isZero();
		return output;
	}

}
