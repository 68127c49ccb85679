package com.holdspace.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.staff.Role;

/**
 * Tries at a password are limited, counted in PostgreSQL before the password is checked: at
 * sign-in per account and per address, and at taking a tablet back from a client, even in a burst.
 */
@IntegrationTest
class AttemptLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	FilterChainProxy security;

	@BeforeEach
	void theConfiguredTokenStore() {
		ConfiguredCsrf.restore(this.security);
	}

	@Test
	void afterFiveWrongPasswordsTheRightOneIsRefusedTooUntilFifteenMinutesHavePassed() {
		String email = this.fixtures.staffMember(Role.THERAPIST);
		var visitor = new HttpVisitor(this.port);

		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 15; attempt++) {
			answers.add(where(visitor.signIn(email, "wrong guess " + attempt)));
		}
		var rightOne = visitor.signIn(email, Fixtures.PASSWORD);

		assertThat(answers.subList(0, 5)).allMatch(answer -> answer.endsWith("/login?error"));
		assertThat(answers.subList(5, 15)).allMatch(answer -> answer.endsWith("/login?throttled"));
		assertThat(where(rightOne)).endsWith("/login?throttled");
		assertThat(visitor.hasCookie("SESSION")).as("a session after %s", answers).isFalse();
		assertThat(visitor.get("/login?throttled").body()).contains("Too many tries to sign in");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOCKOUT'",
				Integer.class, email)).isEqualTo(11);

		this.clock.moveTo(TestClock.current().plus(Duration.ofMinutes(15)).plusSeconds(5));
		assertThat(where(visitor.signIn(email, Fixtures.PASSWORD))).doesNotContain("/login");
	}

	@Test
	void anEmailWithNoAccountGetsTheSameAnswersAsAWrongPassword() {
		String known = this.fixtures.staffMember(Role.FRONT_DESK);
		String unknown = "nobody-" + UUID.randomUUID() + "@test.holdspace";

		assertThat(answersTo(known)).isEqualTo(answersTo(unknown));
	}

	@Test
	void oneAddressTryingManyAccountsIsStoppedAfterThirtyFailures() throws Exception {
		String address = "198.51.100." + (1 + (int) (Math.random() * 250));
		for (int attempt = 0; attempt < 30; attempt++) {
			this.mvc.perform(signIn("guess-" + UUID.randomUUID() + "@test.holdspace", "wrong", address))
				.andExpect(redirectedUrl("/login?error"));
		}
		String someoneReal = this.fixtures.staffMember(Role.ADMIN);

		this.mvc.perform(signIn(someoneReal, Fixtures.PASSWORD, address)).andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(signIn(someoneReal, Fixtures.PASSWORD, "203.0.113.9"))
			.andExpect(redirectedUrl("/login/second-factor"));
	}

	@Test
	void aBurstOfTenWrongPasswordsAtATabletGetsNoMoreThanFiveAnswersAndSignsItOut() throws Exception {
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		long clientId = this.fixtures.client("Burst Client");
		var tablet = new HttpVisitor(this.port);
		tablet.signIn(therapist, Fixtures.PASSWORD);
		tablet.get("/clients/" + clientId + "/intake/edit");
		assertThat(where(tablet.post("/clients/" + clientId + "/intake/self-fill/start", Map.of())))
			.isEqualTo("/clients/" + clientId + "/intake/self-fill");
		assertThat(tablet.get("/kiosk/unlock").statusCode()).isEqualTo(200);

		ExecutorService burst = Executors.newFixedThreadPool(10);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int tap = 0; tap < 10; tap++) {
				String guess = "guess " + tap;
				answers.add(burst.submit((Callable<HttpResponse<String>>) () -> tablet.post("/kiosk/unlock",
						Map.of("password", guess))));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			assertThat(statuses).allMatch(status -> status == 200 || status == 302);
			assertThat(statuses.stream().filter(status -> status == 200).count()).isLessThanOrEqualTo(4);
		}
		finally {
			burst.shutdownNow();
		}
		// the tablet is signed out: the client's page asks for a sign-in, and the right password unlocks nothing
		assertThat(where(tablet.get("/clients/" + clientId + "/intake/self-fill"))).isEqualTo("/login");
		var late = tablet.post("/kiosk/unlock", Map.of("password", Fixtures.PASSWORD));
		assertThat(late.statusCode()).isIn(302, 403);
		assertThat(where(late)).doesNotContain("/clients/");
	}

	private List<String> answersTo(String email) {
		var visitor = new HttpVisitor(this.port);
		List<String> answers = new ArrayList<>();
		for (int attempt = 0; attempt < 7; attempt++) {
			var response = visitor.signIn(email, "wrong " + attempt);
			answers.add(response.statusCode() + " " + where(response) + " " + visitor.get(where(response)).body()
				.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
		}
		return answers;
	}

	private static String where(HttpResponse<String> response) {
		return response.headers().firstValue("Location").orElse("").replaceFirst("^http://localhost:\\d+", "");
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
