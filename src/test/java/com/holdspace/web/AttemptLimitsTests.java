package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.hamcrest.Matchers.containsString;
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

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@BeforeEach
	void theConfiguredTokenStore() {
		ConfiguredCsrf.restore(this.security);
	}

	/**
	 * Fifteen wrong passwords for a therapist's email from one address: that address waits longer
	 * each time, while the therapist signs in from her own device at once. Nothing keeps her out.
	 */
	@Test
	void wrongPasswordsFromOneAddressNeverKeepTheRealUserOutFromAnother() throws Exception {
		String email = this.fixtures.staffMember(Role.THERAPIST);
		String attacker = randomAddress();

		List<String> answers = new ArrayList<>();
		for (int attempt = 1; attempt <= 15; attempt++) {
			answers.add(this.mvc.perform(signIn(email, "wrong guess " + attempt, attacker)).andReturn().getResponse()
				.getRedirectedUrl());
		}
		assertThat(answers.subList(0, 3)).containsOnly("/login?error");
		assertThat(answers.subList(3, 15)).containsOnly("/login?throttled");
		this.mvc.perform(signIn(email, Fixtures.PASSWORD, attacker)).andExpect(redirectedUrl("/login?throttled"));

		this.mvc.perform(signIn(email, Fixtures.PASSWORD, randomAddress())).andExpect(redirectedUrl("/login/second-factor"));
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'LOCKOUT'",
				Integer.class, email)).isEqualTo(13);
	}

	/** From the fourth wrong password on, each try waits twice as long as the one before. */
	@Test
	void eachWaitIsTwiceTheOneBeforeAndTheRightPasswordIsHeardOnceItIsOver() throws Exception {
		String email = this.fixtures.staffMember(Role.FRONT_DESK);
		String address = randomAddress();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(signIn(email, "wrong", address)).andExpect(redirectedUrl("/login?error"));
		}
		for (int wait : new int[] { 5, 10, 20 }) {
			this.mvc.perform(signIn(email, "wrong", address)).andExpect(redirectedUrl("/login?throttled"));
			// two seconds short of the wait, which leaves room for a slow machine between the tries
			this.clock.moveTo(TestClock.current().plusSeconds(wait - 2));
			this.mvc.perform(signIn(email, "wrong", address)).andExpect(redirectedUrl("/login?throttled"));
			this.clock.moveTo(TestClock.current().plusSeconds(3));
			this.mvc.perform(signIn(email, "wrong", address)).andExpect(redirectedUrl("/login?error"));
		}
		this.clock.moveTo(TestClock.current().plusSeconds(41));
		this.mvc.perform(signIn(email, Fixtures.PASSWORD, address)).andExpect(redirectedUrl("/login/second-factor"));
		// the right password forgot the count: the next wrong one is answered at once
		this.mvc.perform(signIn(email, "wrong", address)).andExpect(redirectedUrl("/login?error"));
	}

	/**
	 * A guess spread over many addresses is still stopped: past fifty failures at one account in an
	 * hour, an address that has failed there is not heard again; a new address still is.
	 */
	@Test
	void aGuessSpreadOverManyAddressesIsStoppedWithoutLockingOutANewOne() throws Exception {
		String email = this.fixtures.staffMember(Role.THERAPIST);
		List<String> addresses = new ArrayList<>();
		for (int address = 0; address < 50; address++) {
			addresses.add("203.0.113." + address + ":" + UUID.randomUUID().toString().substring(0, 4));
		}
		for (String address : addresses) {
			this.mvc.perform(signIn(email, "wrong", address)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(signIn(email, Fixtures.PASSWORD, addresses.get(7))).andExpect(redirectedUrl("/login?throttled"));
		this.mvc.perform(signIn(email, Fixtures.PASSWORD, randomAddress())).andExpect(redirectedUrl("/login/second-factor"));
	}

	/** An admin sees who is slowed down and lifts it; the lifting is in the audit log. */
	@Test
	void anAdminSeesWhoIsSlowedAndLiftsItWithAnAuditRow() throws Exception {
		String email = this.fixtures.staffMember(Role.THERAPIST);
		String address = randomAddress();
		for (int attempt = 0; attempt < 5; attempt++) {
			this.mvc.perform(signIn(email, "wrong", address));
		}
		var admin = com.holdspace.SignedIn.user(this.users.loadUserByUsername(this.fixtures.staffMember(Role.ADMIN)));
		this.mvc.perform(get("/admin/staff").with(admin))
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Lift the wait")));

		this.mvc.perform(post("/admin/staff/sign-in-waits/lift").param("account", email.toUpperCase(java.util.Locale.ROOT))
			.with(admin)
			.with(csrf())).andExpect(redirectedUrl("/admin/staff"));

		this.mvc.perform(signIn(email, Fixtures.PASSWORD, address)).andExpect(redirectedUrl("/login/second-factor"));
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'ACCOUNT' and subject like ?""", Integer.class,
				"sign-in wait lifted for " + email + "%")).isOne();
	}

	/**
	 * An address is one key however it is typed: a dotted capital I is not a fresh set of tries at
	 * the admin's account, and it does not sign in as the admin.
	 */
	@Test
	void anEmailIsThrottledAndLookedUpInOneFormOnly() throws Exception {
		String email = this.fixtures.staffMember(Role.ADMIN);
		String address = randomAddress();
		for (int attempt = 0; attempt < 3; attempt++) {
			this.mvc.perform(signIn(email.toUpperCase(java.util.Locale.ROOT), "wrong", address))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(signIn(" " + email + " ", "wrong", address)).andExpect(redirectedUrl("/login?throttled"));

		String dotted = email.replaceFirst("i", "\u0130");
		org.junit.jupiter.api.Assumptions.assumeTrue(!dotted.equals(email), "the fixture's email has an i");
		this.mvc.perform(signIn(dotted, Fixtures.PASSWORD, randomAddress())).andExpect(redirectedUrl("/login?error"));
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

	private static String randomAddress() {
		return "198.51.100." + (1 + (int) (Math.random() * 250)) + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static MockHttpServletRequestBuilder signIn(String email, String password, String address) {
		return post("/login").param("username", email).param("password", password).with(csrf()).with(request -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
