package com.holdspace.aftercare;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.Role;

/** The therapist builds the aftercare plan on the session page and hands it over; then it is the client's. */
@IntegrationTest
class AftercarePlanTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AftercareFixtures fixtures;

	@Autowired
	Fixtures people;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	AftercareService aftercare;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	private AftercareFixtures.Client client;

	private UserDetails therapist;

	private long sessionId;

	@BeforeEach
	void aSessionCheckedIn() {
		this.client = this.fixtures.client();
		this.therapist = this.sessions.login(this.client.therapistLogin());
		this.sessionId = this.fixtures.signedSession(this.client);
	}

	@Test
	void theSessionPageOffersTheCatalogueOnceSignedAndStartsFromTheSessionsRecommendations() throws Exception {
		long unsigned = this.fixtures.checkedInSession(this.client);
		this.mvc.perform(get("/sessions/" + unsigned).with(user(this.therapist)))
			.andExpect(content().string(not(containsString("id=\"aftercare-form\""))))
			.andExpect(content().string(containsString("The aftercare plan is the next step")));
		long signed = this.sessionId;
		this.mvc.perform(get("/sessions/" + signed).with(user(this.therapist)))
			.andExpect(content().string(containsString("id=\"aftercare-form\"")))
			.andExpect(content().string(containsString("data-autosave-url=\"/sessions/" + signed + "/aftercare/draft\"")))
			.andExpect(content().string(containsString("Hydration")))
			.andExpect(content().string(containsString("Letting it unfold")));
	}

	@Test
	void aSavedPlanIsKeptThenHandedOverWithTheClinicsLines() throws Exception {
		send("", "itemIds", first(0), "itemIds", first(1), "notes", "Rest this evening")
			.andExpect(redirectedUrl("/sessions/" + this.sessionId + "#aftercare"))
			.andExpect(flash().attribute("notice", "aftercare.notice.saved"));
		AftercarePlan saved = this.aftercare.forSession(this.sessionId).orElseThrow();
		assertThat(saved.isHandedOver()).isFalse();
		assertThat(saved.getItems()).hasSize(2);

		send("/hand-over", "version", String.valueOf(saved.getVersion()), "itemIds", first(0), "notes",
				"Rest this evening", "followUpOn", TestClock.today().plusDays(2).toString())
			.andExpect(flash().attribute("notice", "aftercare.notice.handedOver"));

		AftercarePlan plan = this.aftercare.forSession(this.sessionId).orElseThrow();
		assertThat(plan.isHandedOver()).isTrue();
		assertThat(plan.getItems()).extracting(PlanItem::getTitle).containsExactly("Hydration");
		assertThat(plan.getContactLines()).contains("call the clinic");
		assertThat(plan.getCrisisLines()).contains("Samaritans");
		this.mvc.perform(get("/sessions/" + this.sessionId).with(user(this.therapist)))
			.andExpect(content().string(containsString("id=\"handed-over\"")))
			.andExpect(content().string(not(containsString("id=\"aftercare-form\""))));
	}

	@Test
	void anEmptyPlanIsNotHandedOverAndSaysWhatIsMissingNextToTheSuggestions() throws Exception {
		Cookie tablet = this.people.signIn(this.mvc, this.client.therapistLogin());
		this.mvc.perform(post("/sessions/" + this.sessionId + "/aftercare/hand-over").cookie(tablet).with(csrf()))
			.andExpect(flash().attribute("aftercareProblem", "aftercare.error.empty"))
			.andExpect(flash().attribute("aftercareProblemField", "itemIds"));

		this.mvc.perform(get("/sessions/" + this.sessionId).cookie(tablet))
			.andExpect(content().string(containsString("<fieldset class=\"field has-error\" id=\"q-itemIds\">")))
			.andExpect(content().string(containsString("Choose at least one suggestion")));
		assertThat(this.aftercare.forSession(this.sessionId).orElseThrow().isHandedOver()).isFalse();
	}

	@Test
	void aFollowUpInThePastIsRefusedAndTheWordsTypedAreKept() throws Exception {
		send("/hand-over", "notes", "Words worth keeping", "followUpOn", TestClock.today().minusDays(3).toString())
			.andExpect(flash().attribute("aftercareProblemField", "followUpOn"));

		AftercarePlan kept = this.aftercare.forSession(this.sessionId).orElseThrow();
		assertThat(kept.getNotes()).isEqualTo("Words worth keeping");
		assertThat(kept.isHandedOver()).isFalse();
	}

	@Test
	void aPlanHandedOverNoLongerChangesInTheAppOrInPostgres() throws Exception {
		long planId = handOver();

		send("", "version", "1", "itemIds", first(1), "notes", "changed afterwards")
			.andExpect(flash().attribute("aftercareProblem", "aftercare.error.handedOver"));
		assertThat(this.aftercare.forSession(this.sessionId).orElseThrow().getNotes()).isEqualTo("Rest this evening");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("update aftercare_plan set notes = 'x' where id = ?", planId))
			.withMessageContaining("was handed over");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from aftercare_plan_item where plan_id = ?", planId))
			.withMessageContaining("its items are fixed");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("delete from aftercare_plan where id = ?", planId));
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.execute("truncate aftercare_plan_item"));
	}

	@Test
	void postgresRefusesAPlanThatJoinsOneClientToAnotherClientsSession() {
		AftercareFixtures.Client other = this.fixtures.client();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.jdbc.update("""
					insert into aftercare_plan (client_id, session_id, therapist_id, therapist_name)
					select ?, id, therapist_id, 'x' from session_record where id = ?""", other.clientId(),
					this.sessionId))
			.withMessageContaining("aftercare_plan_session_fk");
	}

	@Test
	void onlyTheTreatingTherapistWritesThePlanAndTheFrontDeskNeverSeesIt() throws Exception {
		UserDetails colleague = this.sessions.staff(Role.THERAPIST);
		this.mvc.perform(post("/sessions/" + this.sessionId + "/aftercare").with(user(colleague))
			.with(csrf())
			.param("notes", "not mine")).andExpect(status().isNotFound());
		this.mvc.perform(post("/sessions/" + this.sessionId + "/aftercare").with(user(this.sessions.staff(Role.ADMIN)))
			.with(csrf())
			.param("notes", "not mine")).andExpect(status().isForbidden());
		assertThat(this.aftercare.forSession(this.sessionId)).isEmpty();

		handOver();
		this.mvc.perform(get("/clients/" + this.client.clientId()).with(user(this.sessions.staff(Role.FRONT_DESK))))
			.andExpect(content().string(not(containsString("Rest this evening"))))
			.andExpect(content().string(not(containsString("aftercare-card"))));
		// a colleague reads the sheet once the client is in their care too (a booking of their own)
		this.mvc.perform(get("/sessions/" + this.sessionId + "/aftercare/sheet").with(user(colleague)))
			.andExpect(status().isNotFound());
		this.bookings.inCare(this.client.clientId(), this.people.staffId(colleague.getUsername()));
		this.mvc.perform(get("/sessions/" + this.sessionId + "/aftercare/sheet").with(user(colleague)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rest this evening")));
	}

	@Test
	void theClientPageShowsWhetherThePlanWasReadAndHowTheClientSaidTheyWere() throws Exception {
		long planId = handOver();
		this.aftercare.markRead(this.client.clientId(), planId);
		var form = new CheckInForm();
		form.setFeeling(2);
		form.setWords("Heavy the day after, better now");
		this.aftercare.checkIn(this.client.clientId(), planId, form);

		this.mvc.perform(get("/clients/" + this.client.clientId()).with(user(this.therapist)))
			.andExpect(content().string(containsString("Read by the client")))
			.andExpect(content().string(containsString("2: not so good: “Heavy the day after, better now”")));
	}

	private long handOver() throws Exception {
		send("/hand-over", "itemIds", first(0), "notes", "Rest this evening");
		return this.aftercare.forSession(this.sessionId).orElseThrow().getId();
	}

	private String first(int index) {
		return String.valueOf(this.fixtures.firstItems(index + 1).get(index));
	}

	@Test
	void thePlanIsSavedAsItIsTypedAndTwoDevicesNeverOverwriteEachOther() throws Exception {
		send("/draft", "notes", "x".repeat(4001)).andExpect(status().isBadRequest())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.invalid[0].field")
				.value("notes"));
		send("/draft", "notes", "Rest this evening").andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.savedAt").exists());
		int version = this.aftercare.forSession(this.sessionId).orElseThrow().getVersion();
		send("/draft", "version", String.valueOf(version), "notes", "Rest this evening; drink water")
			.andExpect(status().isOk());

		send("/draft", "version", String.valueOf(version), "notes", "Typed on the other tablet")
			.andExpect(status().isConflict())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.conflict").value(true));
		assertThat(this.aftercare.forSession(this.sessionId).orElseThrow().getNotes())
			.isEqualTo("Rest this evening; drink water");
	}

	private ResultActions send(String path, String... fields) throws Exception {
		MockHttpServletRequestBuilder request = post("/sessions/" + this.sessionId + "/aftercare" + path)
			.with(user(this.therapist))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
