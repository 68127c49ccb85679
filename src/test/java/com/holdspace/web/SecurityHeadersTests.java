package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.FailingPageController;
import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * The browser's rules on every kind of response over real HTTP: a page, the sign-in page, a
 * redirect, a static file, and the 400, 403, 404 and 500 pages, including a request refused before
 * sign-in is looked at and one the servlet container refuses on its own.
 */
@IntegrationTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Test
	void everyResponseCarriesTheStrictPolicyAndTheOtherRules() {
		HttpVisitor anonymous = new HttpVisitor(this.port);
		HttpVisitor desk = new HttpVisitor(this.port);
		desk.signIn(this.fixtures.staffMember(Role.FRONT_DESK), Fixtures.PASSWORD);
		HttpVisitor therapist = new HttpVisitor(this.port);
		therapist.signIn(this.fixtures.staffMember(Role.THERAPIST), Fixtures.PASSWORD);

		Map<String, HttpResponse<String>> responses = Map.of("sign-in page", anonymous.get("/login"),
				"redirect to sign in", anonymous.get("/clients"), "stylesheet", anonymous.get("/css/holdspace.css"),
				"page", desk.get("/clients"), "403", desk.get("/admin/staff"), "404", desk.get("/clients/987654321"),
				"500", therapist.get(FailingPageController.PATH), "400 before sign-in", anonymous.get("/login?x=%00"));

		assertThat(responses.get("400 before sign-in").statusCode()).isEqualTo(400);
		assertThat(responses.get("500").statusCode()).isEqualTo(500);
		responses.forEach((what, response) -> {
			assertThat(response.headers().allValues("Content-Security-Policy")).as(what)
				.containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
			assertThat(valueOf(response, "Permissions-Policy")).as(what).contains("camera=()", "microphone=()");
			assertThat(valueOf(response, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
			assertThat(valueOf(response, "X-Frame-Options")).as(what).isEqualTo("DENY");
			assertThat(valueOf(response, "Referrer-Policy")).as(what).isEqualTo("same-origin");
		});
		assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY).doesNotContain("unsafe-inline", "unsafe-eval")
			.contains("object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'");
	}

	/**
	 * A redirect names a path, never the host the request claimed; and the cookie that remembers the
	 * page asked for before signing in says SameSite, like every other.
	 */
	@Test
	void aRedirectNamesNoHostFromTheRequestAndEveryCookieSaysSameSite() throws Exception {
		String answer;
		try (var socket = new java.net.Socket("127.0.0.1", this.port)) {
			socket.getOutputStream()
				.write("GET /clients HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		List<String> headers = answer.substring(0, answer.indexOf("\r\n\r\n")).lines().toList();
		assertThat(headers.get(0)).contains(" 302");
		assertThat(headers).anySatisfy(line -> assertThat(line).isEqualToIgnoringCase("Location: /login"));
		assertThat(answer).doesNotContain("evil.example");
		List<String> cookies = headers.stream().filter(line -> line.regionMatches(true, 0, "Set-Cookie:", 0, 11)).toList();
		assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).contains("REDIRECT_URI="));
		assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void theContainersOwnErrorPageAllowsEvenLess() {
		var response = new HttpVisitor(this.port).get("/%2e%2e/secret");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(List.of(valueOf(response, "Content-Security-Policy").split("; "))).contains("default-src 'none'",
				"frame-ancestors 'none'", "base-uri 'none'");
		assertThat(valueOf(response, "X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void overTlsBrowsersAreToldToStayOnIt() throws Exception {
		this.mvc.perform(get("/login").secure(true))
			.andExpect(header().string("Strict-Transport-Security", "max-age=31536000; includeSubDomains"));
		this.mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
	}

	private static String valueOf(HttpResponse<String> response, String name) {
		return response.headers().firstValue(name).orElse(null);
	}

}
