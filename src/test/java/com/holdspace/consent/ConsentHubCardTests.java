package com.holdspace.consent;

import static com.holdspace.SignedIn.user;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/** Consent status shows on the client page for every staff role; the consents themselves are clinical. */
@IntegrationTest
class ConsentHubCardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	UserDetailsService users;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	@Test
	void theFrontDeskSeesEachConsentsStatusWithoutALinkToTheSignedTexts() throws Exception {
		long clientId = this.fixtures.client("Status Only");
		this.consents.signTreatment(clientId, this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST)));
		var frontDesk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));

		this.mvc.perform(get("/clients/" + clientId).with(user(frontDesk)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>Treatment consent</strong>:")))
			.andExpect(content().string(containsString("signed (version")))
			.andExpect(content().string(containsString("not signed yet")))
			.andExpect(content().string(not(containsString("/clients/" + clientId + "/consent\""))));
	}

	@Test
	void aWithdrawalWithoutAReasonIsRefusedNextToTheReasonKeepingTheChoice() throws Exception {
		long clientId = this.fixtures.client("Withdraws Later");
		long consentId = this.consents.signTreatment(clientId, this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST)));
		String login = this.fixtures.staffMember(Role.THERAPIST);
		this.bookings.inCare(clientId, this.fixtures.staffId(login));
		var therapist = this.users.loadUserByUsername(login);

		this.mvc.perform(post("/clients/" + clientId + "/consent/records/" + consentId + "/withdraw").with(user(therapist))
			.with(csrf())
			.param("withdrawnBy", "THERAPIST")
			.param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-error\">Please give the reason for the withdrawal.")))
			.andExpect(content().string(containsString("value=\"THERAPIST\" checked=\"checked\"")));
	}

	@Test
	void aTherapistGetsTheWayToTheConsentsOfAClientInTheirCareOnly() throws Exception {
		long clientId = this.fixtures.client("Consent Link");
		String login = this.fixtures.staffMember(Role.THERAPIST);
		var therapist = this.users.loadUserByUsername(login);

		this.mvc.perform(get("/clients/" + clientId).with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<strong>Treatment consent</strong>:")))
			.andExpect(content().string(not(containsString("/clients/" + clientId + "/consent\""))));

		this.bookings.inCare(clientId, this.fixtures.staffId(login));
		this.mvc.perform(get("/clients/" + clientId).with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/clients/" + clientId + "/consent\"")));
	}

}
