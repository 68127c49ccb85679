package com.holdspace.portal;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.aftercare.AftercarePlanForm;
import com.holdspace.aftercare.AftercareService;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.PortalAccounts;

/**
 * Every portal URL that takes an id, asked by a signed-in client for someone else's record: the
 * answer is 404, never 403 and never the data, and nothing changes. Also asked for the client's own
 * plan that has not been handed over yet, and for an id that does not exist.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalIsolationTests {

	/** The portal's URLs that carry a plan's id, and what each sends. */
	private static final List<String> PLAN_URLS = List.of("GET /me/plans/%d", "GET /me/plans/%d/pdf",
			"POST /me/plans/%d/read", "POST /me/plans/%d/check-in");

	private static final List<String> CONSENT_URLS = List.of("GET /me/consents/%d/pdf");

	@Autowired
	MockMvc mvc;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	AftercareService aftercareService;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private UserDetails me;

	private final List<Long> foreignPlans = new ArrayList<>();

	private final List<Long> foreignConsents = new ArrayList<>();

	@BeforeAll
	void meAndTwoOtherClients() {
		var mine = this.aftercare.client();
		String email = "isolated-" + UUID.randomUUID().toString().substring(0, 8) + "@test.holdspace";
		this.portalAccounts.open(email, "Isolated Client", "a quiet walk by the river", mine.clientId());
		this.me = this.users.loadUserByUsername(email);
		this.aftercare.handedOverPlan(mine, "Mine", null);
		for (int other = 0; other < 2; other++) {
			var someoneElse = this.aftercare.client();
			this.foreignPlans.add(this.aftercare.handedOverPlan(someoneElse, "SECRET-" + other, TestClock.today()));
			this.foreignConsents.add(this.jdbc.queryForObject(
					"select id from signed_consent where client_id = ? order by id limit 1", Long.class,
					someoneElse.clientId()));
		}
		// my own plan, still being written: not mine to read yet
		long drafting = this.aftercare.checkedInSession(mine);
		var draft = new AftercarePlanForm();
		draft.setNotes("Not handed over");
		this.foreignPlans.add(this.aftercareService.save(drafting, draft, this.sessions.user(mine.therapistLogin())).getId());
		this.foreignPlans.add(Long.MAX_VALUE);
		this.foreignConsents.add(Long.MAX_VALUE);
	}

	Stream<Arguments> everyUrlWithEveryoneElsesIds() {
		List<Arguments> cases = new ArrayList<>();
		for (String url : PLAN_URLS) {
			this.foreignPlans.forEach(id -> cases.add(Arguments.of(url.formatted(id))));
		}
		for (String url : CONSENT_URLS) {
			this.foreignConsents.forEach(id -> cases.add(Arguments.of(url.formatted(id))));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("everyUrlWithEveryoneElsesIds")
	void anotherClientsRecordIsNotFoundAndNothingChanges(String request) throws Exception {
		String[] parts = request.split(" ");
		MockHttpServletRequestBuilder call = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), parts[1])
			.with(user(this.me));
		if (parts[0].equals("POST")) {
			call.with(csrf()).param("token", UUID.randomUUID().toString()).param("feeling", "5").param("words", "x");
		}

		this.mvc.perform(call)
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("SECRET"))))
			.andExpect(content().string(not(containsString("Not handed over"))));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from aftercare_plan where id = any(?) and read_at is not null", Integer.class,
				(Object) this.foreignPlans.toArray(Long[]::new))).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from aftercare_check_in where plan_id = any(?)",
				Integer.class, (Object) this.foreignPlans.toArray(Long[]::new))).isZero();
	}

}
