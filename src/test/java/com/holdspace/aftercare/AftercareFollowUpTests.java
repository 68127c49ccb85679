package com.holdspace.aftercare;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;
import com.holdspace.shared.ClinicTime;

/** A plan's follow-up date: one check-in email to the client that morning, and a line on the therapist's day. */
@IntegrationTest
class AftercareFollowUpTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	AftercareFollowUps followUps;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	ClinicTime clinicTime;

	private AftercareFixtures.Client client;

	private LocalDate followUp;

	private long planId;

	@BeforeEach
	void aPlanWithAFollowUpInTwoDays() {
		this.client = this.aftercare.client();
		this.followUp = TestClock.today().plusDays(2);
		this.planId = this.aftercare.handedOverPlan(this.client, "Rest", this.followUp);
	}

	@Test
	void theCheckInEmailGoesOutOnceOnTheMorningOfTheFollowUp() {
		at(this.followUp.minusDays(1), LocalTime.of(17, 0));
		this.followUps.sendDue();
		assertThat(emails()).isZero();
		at(this.followUp, LocalTime.of(7, 30));
		this.followUps.sendDue();
		assertThat(emails()).as("not in the night").isZero();

		at(this.followUp, LocalTime.of(9, 15));
		this.followUps.sendDue();
		this.followUps.sendDue();

		assertThat(emails()).isOne();
		assertThat(this.jdbc.queryForObject("select follow_up_sent_at is not null from aftercare_plan where id = ?",
				Boolean.class, this.planId)).isTrue();
		assertThat(body()).contains("would like to know how you are", "simply reply to this email");
	}

	@Test
	void aClientWithALoginIsLinkedToTheirCheckIn() {
		this.portalAccounts.open("follow-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace",
				"Session Client", "a quiet walk by the river", this.client.clientId());
		at(this.followUp, LocalTime.of(10, 0));

		this.followUps.sendDue();

		assertThat(body()).contains("/me/plans/" + this.planId + "#check-in");
	}

	@Test
	void theFollowUpIsOnTheTherapistsOwnDayAndNowhereElse() throws Exception {
		long therapistId = this.jdbc.queryForObject("select therapist_id from aftercare_plan where id = ?", Long.class,
				this.planId);
		String day = "/calendar/therapists/" + therapistId + "?view=day&date=" + this.followUp;

		this.mvc.perform(get(day).with(user(this.sessions.login(this.client.therapistLogin()))))
			.andExpect(content().string(containsString("Follow-up check-in: Session Client")));
		this.mvc.perform(get(day).with(user(this.sessions.staff(Role.FRONT_DESK))))
			.andExpect(content().string(not(containsString("Follow-up check-in"))));
		this.mvc.perform(get(day.replace(this.followUp.toString(), this.followUp.plusDays(1).toString()))
			.with(user(this.sessions.login(this.client.therapistLogin()))))
			.andExpect(content().string(not(containsString("Follow-up check-in"))));
	}

	private void at(LocalDate day, LocalTime time) {
		this.clock.moveTo(ZonedDateTime.of(day, time, this.clinicTime.zone()).toInstant());
	}

	private int emails() {
		return this.jdbc.queryForObject("select count(*) from outgoing_message where dedupe_key = ?", Integer.class,
				"aftercare-follow-up-" + this.planId);
	}

	private String body() {
		return this.jdbc.queryForObject("select body from outgoing_message where dedupe_key = ?", String.class,
				"aftercare-follow-up-" + this.planId);
	}

}
