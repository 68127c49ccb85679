package com.holdspace.intake;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** The tablet handed to a client: locked to their questions until the therapist's password. */
@IntegrationTest
class SelfFillTests {

	private static final String CRISIS_HIDDEN = "(?s).*<aside id=\"crisis\"[^>]* hidden[^>]*>.*";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private long clientId;

	private String selfFill;

	private Cookie session;

	@BeforeEach
	void handTheTabletOver() throws Exception {
		this.clientId = this.fixtures.client("Tablet Holder");
		this.selfFill = "/clients/" + this.clientId + "/intake/self-fill";
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.session = this.fixtures.signIn(this.mvc, therapist);
		this.mvc.perform(post(this.selfFill + "/start").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl(this.selfFill));
	}

	@Test
	void theClientSeesOnlyTheirOwnQuestionsWithoutNavigationNotesOrFlags() throws Exception {
		this.mvc.perform(get(this.selfFill).cookie(this.session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your intake, Tablet Holder")))
			.andExpect(content().string(containsString("Are you having thoughts of ending your life?")))
			.andExpect(content().string(not(containsString("name=\"staffNotes\""))))
			.andExpect(content().string(not(containsString("name=\"uncontrolledSymptoms\""))))
			.andExpect(content().string(not(containsString("live-flags"))))
			.andExpect(content().string(not(containsString("class=\"mainnav\""))))
			.andExpect(content().string(not(containsString("Sign out"))));
	}

	@Test
	void theClientsAutosaveNeverAnswersWithFlags() throws Exception {
		this.mvc.perform(post(this.selfFill + "/draft").param("suicidalThoughts", "true")
			.cookie(this.session)
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.savedAt").exists())
			.andExpect(jsonPath("$.flags").doesNotExist());
	}

	@Test
	void aDisclosureAlreadySavedShowsTheCrisisLinesWithoutScript() throws Exception {
		this.mvc.perform(get(this.selfFill).cookie(this.session))
			.andExpect(content().string(matchesPattern(CRISIS_HIDDEN)));

		this.mvc.perform(post(this.selfFill + "/draft").param("flashbacks", "true")
			.cookie(this.session)
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isOk());

		this.mvc.perform(get(this.selfFill).cookie(this.session))
			.andExpect(content().string(containsString("<aside id=\"crisis\"")))
			.andExpect(content().string(not(matchesPattern(CRISIS_HIDDEN))));
	}

	@Test
	void everyOtherPageLeadsBackToTheClientsQuestions() throws Exception {
		this.mvc.perform(get("/clients").cookie(this.session)).andExpect(redirectedUrl(this.selfFill));
		this.mvc.perform(get("/clients/" + this.clientId).cookie(this.session)).andExpect(redirectedUrl(this.selfFill));
		this.mvc.perform(get("/clients/" + this.clientId + "/intake").cookie(this.session))
			.andExpect(redirectedUrl(this.selfFill));
	}

	@Test
	void aWrongPasswordKeepsTheTabletLocked() throws Exception {
		this.mvc.perform(post("/kiosk/unlock").param("password", "not the password").cookie(this.session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That password is not right.")));

		this.mvc.perform(get("/clients").cookie(this.session)).andExpect(redirectedUrl(this.selfFill));
	}

	@Test
	void theTherapistsPasswordUnlocksIt() throws Exception {
		this.mvc.perform(post("/kiosk/unlock").param("password", Fixtures.PASSWORD).cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/clients/" + this.clientId + "/intake/edit"));

		this.mvc.perform(get("/clients").cookie(this.session)).andExpect(status().isOk());
	}

	@Test
	void handingOverAgainDoesNotResetTheCountOfWrongPasswords() throws Exception {
		for (int attempt = 1; attempt < 5; attempt++) {
			this.mvc.perform(post("/kiosk/unlock").param("password", "guess " + attempt).cookie(this.session).with(csrf()))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post(this.selfFill + "/start").cookie(this.session).with(csrf()));

		this.mvc.perform(post("/kiosk/unlock").param("password", "guess 5").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void fiveWrongPasswordsSignTheTabletOut() throws Exception {
		for (int attempt = 1; attempt < 5; attempt++) {
			this.mvc.perform(post("/kiosk/unlock").param("password", "guess " + attempt).cookie(this.session).with(csrf()))
				.andExpect(status().isOk());
		}
		this.mvc.perform(post("/kiosk/unlock").param("password", "guess 5").cookie(this.session).with(csrf()))
			.andExpect(redirectedUrl("/login"));

		this.mvc.perform(get(this.selfFill).cookie(this.session)).andExpect(redirectedUrl("/login?timeout"));
	}

}
