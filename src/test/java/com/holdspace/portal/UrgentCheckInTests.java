package com.holdspace.portal;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.staff.PortalAccounts;

/**
 * A client who tells the portal they are at their lowest, or writes of harming themselves, is shown
 * the crisis lines at once as numbers to tap, their therapist finds it at the top of their day, and
 * the audit log keeps it. A check-in that is only a bad day raises nothing.
 */
@IntegrationTest
class UrgentCheckInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private AftercareFixtures.Client client;

	private UserDetails me;

	private UserDetails therapist;

	private long plan;


	@BeforeEach
	void aClientWithAPlan() {
		this.client = this.aftercare.client();
		String email = "urgent-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace";
		this.portalAccounts.open(email, "Session Client", "a quiet walk by the river", this.client.clientId());
		this.me = this.users.loadUserByUsername(email);
		this.therapist = this.users.loadUserByUsername(this.client.therapistLogin());
		this.plan = this.aftercare.handedOverPlan(this.client, "Rest this evening", null);
	}

	@Test
	void wordsOfSelfHarmShowTheCrisisLinesAtOnceAlertTheTherapistAndAreAudited() throws Exception {
		MvcResult sent = checkIn("2", "keep thinking about hurting myself");

		this.mvc.perform(get("/me/plans/" + this.plan).with(user(this.me)).cookie(sessionOf(sent)))
			.andExpect(content().string(containsString("id=\"crisis-lines\"")))
			.andExpect(content().string(containsString("href=\"tel:116123\"")))
			.andExpect(content().string(containsString("href=\"sms:85258\"")))
			.andExpect(content().string(containsString("href=\"tel:999\"")))
			.andExpect(content().string(not(containsString("Your therapist will see how you are"))));
		assertThat(this.jdbc.queryForObject("select urgent from aftercare_check_in where plan_id = ?", Boolean.class,
				this.plan)).isTrue();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CONCERN' and client_id = ?", Integer.class,
				this.client.clientId())).isOne();

		String day = this.mvc.perform(get("/calendar/therapists/" + therapistId() + "?view=day&date=" + TestClock.today())
			.with(user(this.therapist))).andReturn().getResponse().getContentAsString();
		assertThat(day).contains("note-urgent").contains("keep thinking about hurting myself");
	}

	@Test
	void theLowestScoreAloneIsUrgentToo() throws Exception {
		checkIn("1", "");

		assertThat(this.jdbc.queryForObject("select urgent from aftercare_check_in where plan_id = ?", Boolean.class,
				this.plan)).isTrue();
		this.mvc.perform(get("/calendar/therapists/" + therapistId() + "?view=day&date=" + TestClock.today())
			.with(user(this.therapist)))
			.andExpect(content().string(stringContainsInOrder("Urgent", "1/5")));
	}

	@Test
	void aBadDayInOtherWordsRaisesNoAlarm() throws Exception {
		MvcResult sent = checkIn("2", "Tired and a bit low, but sleeping better");

		this.mvc.perform(get("/me/plans/" + this.plan).with(user(this.me)).cookie(sessionOf(sent)))
			.andExpect(content().string(not(containsString("id=\"crisis-lines\""))))
			.andExpect(content().string(containsString("Your therapist will see how you are")));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'CONCERN' and client_id = ?", Integer.class,
				this.client.clientId())).isZero();
	}

	private MvcResult checkIn(String feeling, String words) throws Exception {
		return this.mvc.perform(post("/me/plans/" + this.plan + "/check-in").with(user(this.me))
			.with(csrf())
			.param("token", UUID.randomUUID().toString())
			.param("feeling", feeling)
			.param("words", words)).andReturn();
	}

	/** The client's phone keeps its sign-in cookie: the answer is the page the check-in goes back to. */
	private static jakarta.servlet.http.Cookie sessionOf(MvcResult sent) {
		return sent.getResponse().getCookie("SESSION");
	}

	private long therapistId() {
		return this.jdbc.queryForObject("select id from account where email = ?", Long.class,
				this.client.therapistLogin());
	}

}
