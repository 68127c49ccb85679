package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.FailingPageController;
import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.shared.NotFoundException;
import com.holdspace.staff.Role;

/** Error pages over real HTTP, through the servlet container's error dispatch. */
@IntegrationTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aMissingClientGetsAFriendly404() throws Exception {
		var response = get("/clients/987654321", sessionCookie(Role.FRONT_DESK));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").doesNotContain("NotFoundException");
	}

	@Test
	void aFailureInsideGetsA500PageThatRevealsNothing() throws Exception {
		var response = get(FailingPageController.PATH, sessionCookie(Role.THERAPIST));

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong")
			.doesNotContain(FailingPageController.SECRET)
			.doesNotContain("IllegalStateException")
			.doesNotContain("at com.holdspace");
	}

	@Test
	void aForbiddenPageSaysSoKindly() throws Exception {
		var response = get("/admin/staff", sessionCookie(Role.FRONT_DESK));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not available to you");
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Cookie", cookie)
			.header("Accept", "text/html")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String sessionCookie(Role role) throws Exception {
		var session = this.fixtures.signIn(this.mvc, this.fixtures.staffMember(role));
		return "SESSION=" + session.getValue();
	}

}
