package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.staff.Role;

/**
 * Every free text has a limit, said next to the field in the words the client form uses, and
 * nothing larger is kept: not in a draft, not in a booking's history, not in PostgreSQL.
 */
@IntegrationTest
class FreeTextLimitsTests {

	private static final String TOO_LONG_FOR_2000 = "This is too long: please keep it to 2000 characters or fewer.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	BookingFixtures bookings;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails therapist;

	private long therapistId;

	private long clientId;

	@BeforeEach
	void people() {
		String login = this.fixtures.staffMember(Role.THERAPIST);
		this.therapist = this.users.loadUserByUsername(login);
		this.therapistId = this.fixtures.staffId(login);
		this.clientId = this.fixtures.client("Long Text Client");
		this.bookings.inCare(this.clientId, this.therapistId);
	}

	@Test
	void anIntakeDraftOfTwoMegabytesIsRefusedAndOneAnswerTooLongIsNotKeptAndTheFieldSaysWhy() throws Exception {
		this.mvc.perform(post("/clients/" + this.clientId + "/intake/draft").param("goals", "x".repeat(1_800_000))
			.with(user(this.therapist))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest());
		this.mvc.perform(post("/clients/" + this.clientId + "/intake/draft").param("goals", "x".repeat(2001))
			.param("bodyMap[CHEST].note", "y".repeat(301))
			.with(user(this.therapist))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0].field").value("bodyMap[CHEST].note"))
			.andExpect(jsonPath("$.invalid[0].message")
				.value("This is too long: please keep it to 300 characters or fewer."))
			.andExpect(jsonPath("$.invalid[1].field").value("goals"))
			.andExpect(jsonPath("$.invalid[1].message").value(TOO_LONG_FOR_2000));

		assertThat(this.jdbc.queryForObject("select count(*) from intake_draft where client_id = ?", Integer.class,
				this.clientId)).isZero();
	}

	@Test
	void aClientsOwnAnswersOnTheTabletHaveTheSameLimitsAndNothingTooLongIsKept() throws Exception {
		String selfFill = "/clients/" + this.clientId + "/intake/self-fill";
		var tablet = this.fixtures.signIn(this.mvc, this.therapist.getUsername());
		this.mvc.perform(post(selfFill + "/start").cookie(tablet).with(csrf()));

		this.mvc.perform(post(selfFill + "/draft").param("anythingElse", "z".repeat(2001))
			.cookie(tablet)
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.invalid[0].field").value("anythingElse"))
			.andExpect(jsonPath("$.invalid[0].message").value(TOO_LONG_FOR_2000));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from intake_self_fill where client_id = ? and answers is not null", Integer.class,
				this.clientId)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from intake_draft where client_id = ?", Integer.class,
				this.clientId)).isZero();
	}

	@Test
	void aCancellationReasonOfAHundredKilobytesIsRefusedNextToTheFieldAndTheBookingStays() throws Exception {
		long booking = this.bookings
			.book(this.clientId, this.bookings.standard(), this.bookings.therapist(), this.bookings.room(),
					this.bookings.at(2, DayOfWeek.TUESDAY, 11, 0))
			.id();
		var desk = this.fixtures.signIn(this.mvc, this.fixtures.staffMember(Role.FRONT_DESK));
		String reason = "a".repeat(100_000);

		this.mvc
			.perform(post("/bookings/" + booking + "/cancel").param("version", "0")
				.param("reason", reason)
				.cookie(desk)
				.with(csrf()))
			.andExpect(flash().attribute("problem", "booking.refused.reason-too-long"));

		this.mvc.perform(get("/bookings/" + booking).cookie(desk))
			.andExpect(content().string(containsString(
					"<p class=\"field-error\" id=\"reason-error\">This is too long: please keep it to 500 characters or fewer.</p>")))
			.andExpect(content().string(containsString(">" + "a".repeat(1000) + "</textarea>")));
		assertThat(this.jdbc.queryForObject("select status from booking where id = ?", String.class, booking))
			.isEqualTo("BOOKED");
		assertThat(this.jdbc.queryForObject("select count(*) from booking_event where booking_id = ? and length(detail) > 500",
				Integer.class, booking)).isZero();
	}

	@Test
	void aWithdrawalReasonTooLongKeepsTheWordsAndSaysSoNextToThem() throws Exception {
		long consent = this.consents.signTreatment(this.clientId, this.therapistId);

		this.mvc.perform(post("/clients/" + this.clientId + "/consent/records/" + consent + "/withdraw")
			.param("reason", "because " + "b".repeat(600))
			.with(user(this.therapist))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("because bbbb")))
			.andExpect(content().string(containsString(
					"id=\"reason-error\">This is too long: please keep it to 500 characters or fewer.")));
		assertThat(this.jdbc.queryForObject("select count(*) from consent_withdrawal where consent_id = ?",
				Integer.class, consent)).isZero();
	}

	@Test
	void postgresRefusesOversizedTextThatCameAnotherWay() {
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc
			.update("update client set front_desk_notes = repeat('n', 2001) where id = ?", this.clientId));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update(
				"insert into intake_draft (client_id, answers, updated_by, updated_at) values (?, repeat('g', 600001), ?, now())",
				this.clientId, this.therapistId));
	}

}
