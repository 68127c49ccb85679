package com.holdspace.audit;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.Role;

/**
 * Every change to a session record is kept in its history, with who made it and when, and an
 * admin reads it field by field; the history holds the notes encrypted, as the record does.
 */
@IntegrationTest
class EntityHistoryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	StatementCounter statements;

	/**
	 * The record's revisions with who made each, in one query; the audit line and its seal; and the
	 * writes of the sign-in session the test's admin arrives with.
	 */
	private static final int HISTORY_PAGE = 6;

	@Test
	void eachSavedDraftOfTheNotesIsARevisionAnAdminReadsWithWhoAndWhatChanged() throws Exception {
		var setting = this.sessions.readyClientBooked();
		long id = recordWithDrafts(setting, "First thoughts after the session", "Second thoughts, more careful");
		UserDetails therapist = this.sessions.login(setting.therapistLogin());

		assertThat(this.jdbc.queryForObject(
				"select count(*) from session_record_history where id = ? and subjective like 'hs1:%'", Long.class, id))
			.as("revisions holding the notes, encrypted")
			.isEqualTo(2);
		// the admin reads it later, with a second factor given today
		this.clock.reset();
		this.mvc.perform(get("/admin/history?kind=SESSION&id=" + id).with(user(this.sessions.staff(Role.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("First thoughts after the session")))
			.andExpect(content().string(containsString("Second thoughts, more careful")))
			.andExpect(content().string(containsString(setting.therapistLogin())))
			.andExpect(content().string(not(containsString("hs1:"))));
		this.mvc.perform(get("/admin/history").param("kind", "SESSION")
			.param("id", String.valueOf(id))
			.with(user(therapist))).andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event
				where action = 'VIEW' and client_id = ? and subject = ?""", Long.class, setting.clientId(),
				"GET /admin/history?kind=SESSION&id=" + id))
			.as("reading the history, in the audit log with its client")
			.isEqualTo(1);
	}

	@Test
	void theHistoryPageCostsTheSameForTwoRevisionsOrTwelve() throws Exception {
		long few = recordWithDrafts(this.sessions.readyClientBooked(), drafts(2));
		long many = recordWithDrafts(this.sessions.readyClientBooked(), drafts(12));
		this.clock.reset();
		UserDetails admin = this.sessions.staff(Role.ADMIN);

		List<String> small = statementsFor("/admin/history?kind=SESSION&id=" + few, admin);
		List<String> large = statementsFor("/admin/history?kind=SESSION&id=" + many, admin);

		assertThat(large).as("record history").hasSameSizeAs(small).hasSizeLessThanOrEqualTo(HISTORY_PAGE);
	}

	private static String[] drafts(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "Thoughts, draft " + i).toArray(String[]::new);
	}

	/** A session record started on the day, checked in, whose notes were saved as each of these drafts. */
	private long recordWithDrafts(SessionFixtures.Setting setting, String... drafts) throws Exception {
		UserDetails therapist = this.sessions.login(setting.therapistLogin());
		this.sessions.onTheDay(setting);
		String record = this.mvc.perform(post("/sessions").with(user(therapist))
			.with(csrf())
			.param("bookingId", String.valueOf(setting.bookingId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(record.substring(record.lastIndexOf('/') + 1));
		send(therapist, record + "/consent", id);
		send(therapist, record + "/check-in", id, "tensionBefore", "5", "arrival", "Tight shoulders", "alcoholOrDrugsToday",
				"false", "newFlashbacks", "false", "harmThoughts", "false", "hadWater", "true", "breathingOffered", "true");
		for (String notes : drafts) {
			draft(therapist, record, id, notes);
		}
		return id;
	}

	private List<String> statementsFor(String path, UserDetails viewer) throws Exception {
		this.statements.start();
		try {
			this.mvc.perform(get(path).with(user(viewer))).andExpect(status().isOk());
			return this.statements.stop();
		}
		finally {
			this.statements.stop();
		}
	}

	private void send(UserDetails therapist, String path, long id, String... fields) throws Exception {
		var request = post(path).with(user(therapist))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("phase", "CHECK_IN");
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		this.mvc.perform(request).andExpect(status().isFound());
	}

	private int version(long id) {
		return this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class, id);
	}

	private void draft(UserDetails therapist, String record, long id, String subjective) throws Exception {
		this.mvc.perform(post(record + "/draft").with(user(therapist))
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("phase", "NOTES")
			.param("subjective", subjective)).andExpect(status().isOk());
	}

}
