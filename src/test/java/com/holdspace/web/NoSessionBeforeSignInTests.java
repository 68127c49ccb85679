package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.FilterChainProxy;

import com.holdspace.ConfiguredCsrf;
import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * An anonymous visitor costs no session: not the sign-in page, a failed sign-in, a page that
 * sends them to sign in, an offer or invitation link, or an error. Signing in starts one, and the
 * page first asked for is where they land.
 */
@IntegrationTest
class NoSessionBeforeSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FilterChainProxy security;

	@BeforeEach
	void theConfiguredTokenStore() {
		ConfiguredCsrf.restore(this.security);
	}

	@Test
	void anAnonymousVisitAnywhereStoresNoSession() {
		var visitor = new HttpVisitor(this.port);
		String email = this.fixtures.staffMember(Role.FRONT_DESK);
		long startedAt = System.currentTimeMillis();

		assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
		assertThat(visitor.post("/login", Map.of("username", email, "password", "not the password"))
			.headers()
			.firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(visitor.get("/login?error").body()).contains("That email and password do not match an active account.");
		assertThat(visitor.get("/clients/1").statusCode()).isEqualTo(302);
		visitor.get("/offers/" + "x".repeat(43));
		visitor.post("/offers/" + "x".repeat(43), Map.of());
		visitor.get("/invitations/" + "x".repeat(43));
		visitor.post("/invitations/" + "x".repeat(43), Map.of("password", "whatever it is"));
		visitor.get("/feeds/" + "A".repeat(43) + ".ics");
		visitor.get("/no-such-page");
		visitor.get("/login?x=%00");
		visitor.get("/css/holdspace.css");

		assertThat(visitor.hasCookie("SESSION")).isFalse();
		assertThat(sessionsCreatedSince(startedAt)).isZero();
	}

	@Test
	void signingInStartsASessionAndReturnsToThePageAskedFor() {
		var visitor = new HttpVisitor(this.port);
		visitor.get("/clients?q=someone");

		var signedIn = visitor.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);

		assertThat(visitor.hasCookie("SESSION")).isTrue();
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/clients?q=someone"));
		assertThat(visitor.get("/clients?q=someone").statusCode()).isEqualTo(200);
	}

	private int sessionsCreatedSince(long millis) {
		return this.jdbc.queryForObject("select count(*) from spring_session where creation_time >= ?", Integer.class,
				millis);
	}

}
