package com.holdspace.intake;

import static com.holdspace.SignedIn.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** The intake card on the client page: reasons for clinical staff, status only for the front desk. */
@IntegrationTest
class IntakeHubCardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeService intakeService;

	@Autowired
	UserDetailsService users;

	private long clientId;

	/** The therapist who did the intake, and so has the client in their care. */
	private String intakeTherapist;

	@BeforeEach
	void aClientWhoDisclosedDissociation() {
		this.clientId = this.fixtures.client("Card Holder");
		this.intakeTherapist = this.fixtures.staffMember(Role.THERAPIST);
		long therapist = this.fixtures.staffId(this.intakeTherapist);
		var answers = IntakeAnswers.complete();
		answers.setSevereDissociation(true);
		answers.setHopesForRelease(true);
		this.intakeService.complete(this.clientId, answers, UUID.randomUUID(), therapist, "Maya");
	}

	@Test
	void theFrontDeskSeesThatSomaticWorkIsOnHoldButNotWhy() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId).with(user(login(Role.FRONT_DESK))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complete: version 1")))
			.andExpect(content().string(containsString("Extended session suggested")))
			.andExpect(content().string(containsString("Somatic work on hold")))
			.andExpect(content().string(not(containsString("Severe dissociation"))))
			.andExpect(content().string(not(containsString("Raised by"))))
			.andExpect(content().string(not(containsString("marked-regions"))))
			.andExpect(content().string(not(containsString("/intake\""))));
	}

	@Test
	void aTherapistOutsideTheClientsCareSeesWhatTheDeskSees() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId).with(user(login(Role.THERAPIST))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complete: version 1")))
			.andExpect(content().string(containsString("Somatic work on hold")))
			.andExpect(content().string(not(containsString("Severe dissociation"))))
			.andExpect(content().string(not(containsString("marked-regions"))))
			.andExpect(content().string(not(containsString("/intake\""))));
	}

	@Test
	void aTherapistSeesEachFlagWithItsReason() throws Exception {
		this.mvc.perform(get("/clients/" + this.clientId)
			.with(user(this.users.loadUserByUsername(this.intakeTherapist))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Refer and pause")))
			.andExpect(content().string(containsString("Severe dissociation")))
			.andExpect(content().string(containsString("Hopes for an emotional release")))
			.andExpect(content().string(containsString("Abdomen</strong>:")));
	}

	@Test
	void aTherapistSeesThatAClientHasNoIntakeYet() throws Exception {
		long newcomer = this.fixtures.client("No Intake Yet");

		this.mvc.perform(get("/clients/" + newcomer).with(user(login(Role.THERAPIST))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No intake yet.")))
			// one tap starts it: straight into the form's first step, not a page with another button
			.andExpect(content().string(containsString("href=\"/clients/" + newcomer + "/intake/edit\">Start intake</a>")));
	}

	private org.springframework.security.core.userdetails.UserDetails login(Role role) {
		return this.users.loadUserByUsername(this.fixtures.staffMember(role));
	}

}
