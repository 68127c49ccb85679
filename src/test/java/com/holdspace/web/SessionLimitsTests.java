package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.shared.HashedSessionIds;
import com.holdspace.shared.SecretTokens;
import com.holdspace.staff.Role;

/**
 * A sign-in on a shared tablet ends after 15 minutes without a request and after 12 hours in any
 * case; the person signs in again and is back where they were.
 */
@IntegrationTest
class SessionLimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private HttpVisitor desk;

	private String email;

	@BeforeEach
	void signedIn() {
		this.email = this.fixtures.staffMember(Role.FRONT_DESK);
		this.desk = new HttpVisitor(this.port);
		this.desk.signIn(this.email, Fixtures.PASSWORD);
	}

	@Test
	void aSignInLastsFifteenMinutesWithoutARequest() {
		assertThat(this.jdbc.queryForObject("""
				select max_inactive_interval from spring_session where principal_name = ?""", Integer.class,
				this.email)).isEqualTo(900);
	}

	@Test
	void twelveHoursAfterSigningInTheNextPageAsksForASignInAndThenComesBack() {
		assertThat(this.desk.get("/clients?q=ada").statusCode()).isEqualTo(200);
		this.clock.moveTo(TestClock.current().plus(Duration.ofHours(12)).plusSeconds(60));

		var ended = this.desk.get("/clients?q=ada");

		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?timeout"));
		assertThat(this.desk.hasCookie("SESSION")).isFalse();
		assertThat(sessionsOf(this.email)).isZero();
		assertThat(this.desk.get("/login?timeout").body()).contains("Your sign-in ended: after 15 minutes without activity");

		this.clock.reset();
		var again = this.desk.signIn(this.email, Fixtures.PASSWORD);
		assertThat(again.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/clients?q=ada"));
	}

	@Test
	void anEndedSignInSendsAPageToSignInAndTellsAScriptSoWithoutLosingWhatWasTyped() throws Exception {
		String cookie = sessionCookie();
		this.jdbc.update("delete from spring_session where principal_name = ?", this.email);

		var page = send(HttpRequest.newBuilder(uri("/clients")).header("Cookie", cookie).header("Accept", "text/html"));
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?timeout"));
		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(
				set -> assertThat(set).startsWith("SESSION=;").contains("Expires=Thu, 01 Jan 1970"));

		var script = send(HttpRequest.newBuilder(uri("/sessions/1/draft"))
			.header("Cookie", cookie)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("plan=typed")));
		assertThat(script.statusCode()).isEqualTo(401);
		assertThat(script.body()).isEqualTo("{\"signedOut\":true}");
	}

	@Test
	void aFragmentAPagesScriptAskedForWhenTheSignInEndedIsNotWhereSigningInLeads() throws Exception {
		String cookie = sessionCookie();
		this.jdbc.update("delete from spring_session where principal_name = ?", this.email);

		var fragment = send(HttpRequest.newBuilder(uri("/clients/1/intake/flags"))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.header("X-Holdspace-Fragment", "flags"));
		assertThat(fragment.statusCode()).isEqualTo(302);
		assertThat(fragment.headers().allValues("Set-Cookie")).noneSatisfy(set -> assertThat(set).startsWith("REDIRECT_URI="));

		var page = send(HttpRequest.newBuilder(uri("/clients?q=ada")).header("Cookie", cookie).header("Accept", "text/html"));
		assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(set -> assertThat(set).startsWith("REDIRECT_URI="));
	}

	@Test
	void stayingSignedInIsARequestOfItsOwn() {
		this.desk.get("/clients");
		assertThat(this.desk.post("/session/keep-alive", Map.of()).statusCode()).isEqualTo(204);
		// nobody signed in: refused, whichever way the refusal is put
		assertThat(new HttpVisitor(this.port).post("/session/keep-alive", Map.of()).statusCode()).isIn(302, 401, 403);
	}

	@Test
	void theWarningComesWithEveryPageForSomeoneSignedIn() {
		assertThat(this.desk.get("/clients").body()).contains("id=\"timeout-warning\"", "data-idle-seconds=\"900\"",
				"/js/timeout-", "Stay signed in");
		assertThat(new HttpVisitor(this.port).get("/login").body()).doesNotContain("timeout-warning");
	}

	private String sessionCookie() {
		return "SESSION=" + this.desk.cookie("SESSION");
	}

	@Test
	void theDatabaseKeepsOnlyAHashOfTheSessionIdSoAStoredIdSignsNobodyIn() throws Exception {
		String cookie = this.desk.cookie("SESSION");
		String id = new String(java.util.Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
		String stored = this.jdbc.queryForObject("select session_id from spring_session where principal_name = ?",
				String.class, this.email);

		assertThat(stored).isEqualTo(SecretTokens.sha256(id)).isNotEqualTo(id);
		assertThat(this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				id)).isZero();
		// the cookie signs in; a cookie made from what the table holds does not
		var client = HttpClient.newHttpClient();
		for (String forged : List.of(stored, HashedSessionIds.listedId(id), "#" + stored)) {
			String value = java.util.Base64.getEncoder().encodeToString(forged.getBytes(StandardCharsets.UTF_8));
			var response = client.send(HttpRequest.newBuilder(uri("/clients"))
				.header("Cookie", "SESSION=" + value)
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("a cookie made from %s", forged).isEqualTo(302);
		}
		assertThat(this.desk.get("/clients").statusCode()).isEqualTo(200);
	}

	private int sessionsOf(String principal) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				principal);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
