package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.staff.Role;

/**
 * Search words, views and filters are values, never SQL: a search is a bound parameter, a view is
 * one of the known views, a filter one of the known actions. Injection attempts find nothing and
 * change nothing.
 */
@IntegrationTest
class AllowListedParametersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures booking;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void injectionThroughSearchViewOrFilterFindsNothingAndChangesNothing() throws Exception {
		long witness = this.fixtures.client("Injection Witness");
		var desk = this.users.loadUserByUsername(this.fixtures.staffMember(Role.FRONT_DESK));
		var admin = this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN));
		long therapist = this.booking.therapist();
		long clients = count("client");

		String search = body(get("/clients").param("q", "zz' OR '1'='1").with(user(desk)));
		String sorted = body(get("/clients").param("q", "zz'; drop table client; --").with(user(desk)));
		String week = body(get("/calendar/therapists/" + therapist).with(user(desk)));
		String odd = body(get("/calendar/therapists/" + therapist).param("view", "week; delete from booking")
			.with(user(desk)));
		body(get("/clients/" + witness).with(user(desk)));
		String filtered = body(get("/admin/audit").param("action", "VIEW' OR 1=1 --").with(user(admin)));

		assertThat(search).doesNotContain("/clients/" + witness + "\"");
		assertThat(sorted).doesNotContain("/clients/" + witness + "\"");
		assertThat(body(get("/clients").param("q", "Injection Witness").with(user(desk))))
			.as("the same search, honestly typed")
			.contains("/clients/" + witness + "\"");
		assertThat(withoutTokens(odd)).as("an unknown view is the week").isEqualTo(withoutTokens(week));
		assertThat(filtered).as("an action that does not exist lists nothing").contains("No events match.");
		assertThat(body(get("/admin/audit").param("action", "VIEW").with(user(admin)))).doesNotContain("No events match.");
		assertThat(count("client")).isEqualTo(clients);
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	private static String withoutTokens(String page) {
		return page.replaceAll("value=\"[A-Za-z0-9_-]{20,}\"", "");
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
