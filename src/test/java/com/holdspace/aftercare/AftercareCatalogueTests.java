package com.holdspace.aftercare;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.IntegrationTest;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.Role;

/** The admin keeps the aftercare catalogue; a plan already handed over keeps the words it was given with. */
@IntegrationTest
class AftercareCatalogueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	AftercareService service;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails admin;

	@BeforeEach
	void anAdmin() {
		this.admin = this.sessions.staff(Role.ADMIN);
	}

	@Test
	void theCatalogueStartsWithThePracticesSuggestions() throws Exception {
		this.mvc.perform(get("/admin/aftercare").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hydration")))
			.andExpect(content().string(containsString("Quiet before you leave")))
			.andExpect(content().string(containsString("Support groups")))
			.andExpect(content().string(containsString("Letting it unfold")));
	}

	@Test
	void aDoubleTappedAddMakesOneItemAndMissingWordsAreNamedAtTheirField() throws Exception {
		String title = "Warm bath " + UUID.randomUUID().toString().substring(0, 6);
		this.mvc.perform(post("/admin/aftercare").with(user(this.admin)).with(csrf()).param("title", title)
			.param("sortOrder", "95"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"guidance-error\">Write what the client reads.")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")));
		UUID token = UUID.randomUUID();
		for (int tap = 0; tap < 2; tap++) {
			this.mvc.perform(post("/admin/aftercare").with(user(this.admin))
				.with(csrf())
				.param("creationToken", token.toString())
				.param("title", title)
				.param("guidance", "A warm bath before bed helps the body let go.")
				.param("sortOrder", "95")).andExpect(redirectedUrl("/admin/aftercare"));
		}

		assertThat(this.jdbc.queryForObject("select count(*) from aftercare_item where title = ?", Integer.class, title))
			.isOne();
	}

	@Test
	void editingAnItemNeverChangesAPlanAlreadyHandedOver() throws Exception {
		var client = this.aftercare.client();
		long planId = this.aftercare.handedOverPlan(client, "Rest", null);
		long hydration = this.jdbc.queryForObject("select id from aftercare_item where title = 'Hydration'", Long.class);
		int version = this.jdbc.queryForObject("select version from aftercare_item where id = ?", Integer.class, hydration);
		String guidance = this.jdbc.queryForObject("select guidance from aftercare_item where id = ?", String.class,
				hydration);

		this.mvc.perform(post("/admin/aftercare/" + hydration).with(user(this.admin))
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("title", "Hydration")
			.param("guidance", "Rewritten guidance")
			.param("sortOrder", "10")).andExpect(redirectedUrl("/admin/aftercare"));

		assertThat(this.service.sheet(client.clientId(), planId).items().get(0).guidance()).isEqualTo(guidance);
		this.mvc.perform(post("/admin/aftercare/" + hydration).with(user(this.admin))
			.with(csrf())
			.param("version", String.valueOf(version + 1))
			.param("title", "Hydration")
			.param("guidance", guidance)
			.param("sortOrder", "10")).andExpect(redirectedUrl("/admin/aftercare"));
	}

	@Test
	void anItemNoLongerOfferedIsNotOnTheSessionPage() throws Exception {
		String title = "Seasonal walk " + UUID.randomUUID().toString().substring(0, 6);
		long id = this.jdbc.queryForObject(
				"insert into aftercare_item (title, guidance, sort_order) values (?, 'Walk', 99) returning id", Long.class,
				title);
		var client = this.aftercare.client();
		long session = this.aftercare.signedSession(client);
		UserDetails therapist = this.sessions.login(client.therapistLogin());
		this.mvc.perform(get("/sessions/" + session).with(user(therapist)))
			.andExpect(content().string(containsString(title)));

		this.mvc.perform(post("/admin/aftercare/" + id + "/active").with(user(this.admin))
			.with(csrf())
			.param("active", "false")
			.param("version", "0")).andExpect(redirectedUrl("/admin/aftercare"));

		this.mvc.perform(get("/sessions/" + session).with(user(therapist)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(title))));
	}

}
