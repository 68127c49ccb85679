package com.holdspace.shared;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.staff.Role;

/**
 * A short clinical form's typing kept on the server: for the person who may send the form only,
 * encrypted, given back, refused when longer than the form allows, and forgotten once sent.
 */
@IntegrationTest
class TypedDraftsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAmendmentDraftIsTheAmendersOwnAndGoneOnceTheAmendmentIsSent() throws Exception {
		var client = this.aftercare.client();
		long session = this.aftercare.signedSession(client);
		UserDetails treating = this.users.loadUserByUsername(client.therapistLogin());
		String draft = "/sessions/" + session + "/amendments/draft";

		this.mvc.perform(get(draft).with(user(treating))).andExpect(status().isNoContent());
		this.mvc.perform(post(draft).param("reason", "Wrong date").param("body", "Seen on Tuesday, not Monday")
			.with(user(treating))
			.with(csrf())).andExpect(status().isOk()).andExpect(jsonPath("$.savedAt").isString());
		this.mvc.perform(get(draft).with(user(treating)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.values.reason").value("Wrong date"))
			.andExpect(jsonPath("$.values.body").value("Seen on Tuesday, not Monday"));
		assertThat(this.jdbc.queryForObject("select body from typed_draft where form_key = ?", String.class,
				"amendment:" + session)).doesNotContain("Tuesday");

		UserDetails colleague = this.users.loadUserByUsername(this.fixtures.staffMember(Role.THERAPIST));
		this.mvc.perform(get(draft).with(user(colleague))).andExpect(status().isNotFound());
		this.mvc.perform(post(draft).param("body", "not mine").with(user(colleague)).with(csrf()))
			.andExpect(status().isNotFound());
		UserDetails desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		this.mvc.perform(get(draft).with(user(desk))).andExpect(status().isForbidden());
		this.mvc.perform(post(draft).param("body", "x".repeat(4001)).with(user(treating)).with(csrf()))
			.andExpect(status().isBadRequest());

		this.mvc.perform(post("/sessions/" + session + "/amendments").param("reason", "Wrong date")
			.param("body", "Seen on Tuesday, not Monday")
			.param("token", java.util.UUID.randomUUID().toString())
			.with(user(treating))
			.with(csrf()));
		assertThat(this.jdbc.queryForObject("select count(*) from session_amendment where session_id = ?", Integer.class,
				session)).isOne();
		this.mvc.perform(get(draft).with(user(treating))).andExpect(status().isNoContent());
	}

	@Test
	void aClearanceDraftIsKeptForItsOwnHoldOnly() throws Exception {
		String login = this.fixtures.staffMember(Role.THERAPIST);
		long clientId = this.fixtures.client("Draft Hold Client");
		this.intakes.completeWithProviderFlag(clientId, this.fixtures.staffId(login));
		long holdId = this.jdbc.queryForObject(
				"select id from clinical_hold where client_id = ? and kind = 'CONSULT_PROVIDER'", Long.class, clientId);
		UserDetails therapist = this.users.loadUserByUsername(login);
		String draft = "/clients/" + clientId + "/intake/holds/" + holdId + "/CLEARANCE/draft";

		this.mvc.perform(post(draft).param("personName", "Dr Lena Park").param("note", "Gentle work only for now")
			.with(user(therapist))
			.with(csrf())).andExpect(status().isOk());
		this.mvc.perform(get(draft).with(user(therapist)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dr Lena Park")));

		long otherClient = this.fixtures.client("Somebody Else");
		this.mvc.perform(get("/clients/" + otherClient + "/intake/holds/" + holdId + "/CLEARANCE/draft")
			.with(user(therapist))).andExpect(status().isNotFound());
	}

}
