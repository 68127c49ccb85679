package com.holdspace.intake;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** Versions as a therapist reads them, and completing while another device is at work. */
@IntegrationTest
class IntakeVersionsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeService intakeService;

	@Autowired
	UserDetailsService users;

	private long clientId;

	private long therapistId;

	private UserDetails therapist;

	@BeforeEach
	void aClientAndATherapist() {
		this.clientId = this.fixtures.client("Versioned Person");
		String email = this.fixtures.staffMember(Role.THERAPIST);
		this.therapistId = this.fixtures.staffId(email);
		this.therapist = this.users.loadUserByUsername(email);
	}

	@Test
	void theChangesBetweenTwoVersionsReadInTheFormsOwnWords() throws Exception {
		this.intakeService.complete(this.clientId, IntakeAnswers.complete(), UUID.randomUUID(), this.therapistId, "A");
		var changed = IntakeAnswers.complete();
		changed.setPressure(Pressure.LIGHT);
		changed.setHadReleaseBefore(true);
		changed.getBodyMap().get(BodyRegion.CHEST).setState(RegionState.AVOID);
		this.intakeService.complete(this.clientId, changed, UUID.randomUUID(), this.therapistId, "B");

		this.mvc.perform(get("/clients/" + this.clientId + "/intake/compare?from=1&to=2").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"row\">What pressure do you prefer?</th>")))
			.andExpect(content().string(containsString("<td>Moderate</td>")))
			.andExpect(content().string(containsString("<td>Light</td>")))
			.andExpect(content().string(containsString("<th scope=\"row\">Have you had an emotional release during bodywork before?</th>")))
			.andExpect(content().string(containsString("<th scope=\"row\">Chest</th>")))
			.andExpect(content().string(containsString("<td>With care</td>")))
			.andExpect(content().string(containsString("<td>Avoid</td>")));
	}

	@Test
	void aBodyMapNoteThatIsTooLongIsMarkedNextToItsRegion() throws Exception {
		this.mvc.perform(post("/clients/" + this.clientId + "/intake/complete").with(user(this.therapist))
			.with(csrf())
			.param("completionToken", UUID.randomUUID().toString())
			.param("bodyMap[CHEST].state", "CARE")
			.param("bodyMap[CHEST].note", "x".repeat(301)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"note-CHEST-error\">This is too long: please keep it to 300 characters or fewer.")))
			.andExpect(content().string(containsString("<details class=\"bodymap-list\" open=\"open\">")));
	}

	@Test
	void theSummarySaysWhenAnIntakeIsInProgress() throws Exception {
		var draft = new IntakeForm();
		draft.setGoals("Half way through");
		this.intakeService.saveDraft(this.clientId, draft, null, false, false, this.therapistId, "Maya");

		this.mvc.perform(get("/clients/" + this.clientId + "/intake").with(user(this.therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("An intake is in progress (last saved")))
			.andExpect(content().string(containsString(">Continue intake</a>")));
	}

	@Test
	void completingOverAnswersSavedOnAnotherDeviceAsksFirstAndSavesNothing() throws Exception {
		var elsewhere = new IntakeForm();
		elsewhere.setGoals("Typed on the other tablet");
		this.intakeService.saveDraft(this.clientId, elsewhere, null, false, false, this.therapistId, "Maya");

		this.mvc.perform(post("/clients/" + this.clientId + "/intake/complete").with(user(this.therapist))
			.with(csrf())
			.param("completionToken", UUID.randomUUID().toString())
			.param("goals", "Typed here"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This intake was changed on another device")))
			.andExpect(content().string(containsString("Typed here")));

		assertThat(this.intakeService.versions(this.clientId)).isEmpty();
		assertThat(this.intakeService.workingCopy(this.clientId).getGoals()).isEqualTo("Typed on the other tablet");
	}

}
