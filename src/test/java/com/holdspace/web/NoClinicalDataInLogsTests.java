package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.FailingPageController;
import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.web.ClinicJourney.Field;

/**
 * What a client tells their therapist stays in the record, never in the logs and never in a URL:
 * markers typed into every free-text field are written, read, printed, saved again in the
 * background, sent back with a validation error, and sit beside a 400, a 404 and a 500; the console
 * output of all of it holds none of them, and no address the app sent anyone on to carries one. The
 * 500 page's own exception is in that output, so the capture cannot be empty and pass.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NoClinicalDataInLogsTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	BookingFixtures bookings;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	PortalAccounts portalAccounts;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * The server's own errors reach the log through java.util.logging, whose bridge and levels other
	 * tests' contexts in this JVM reset as they start; the journey is heard as a running Holdspace
	 * would hear it.
	 */
	@BeforeEach
	void theServersLogIsHeard() {
		SLF4JBridgeHandler.removeHandlersForRootLogger();
		SLF4JBridgeHandler.install();
		java.util.logging.Logger.getLogger("org.apache.catalina").setLevel(java.util.logging.Level.INFO);
	}

	@Test
	void aWholeJourneyWithItsErrorsLogsNoClinicalWordAndPutsNoneInAnAddress(CapturedOutput output) throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		var journey = new ClinicJourney(this.mvc, this.fixtures, this.bookings, this.consents, this.portalAccounts,
				this.users, this.jdbc);
		// every field, names included: a name is no clinical word, but it has no place in a log either
		var story = journey.write(field -> "MARKER-" + field.name().replace('_', '-') + "-" + run);
		List<String> locations = new ArrayList<>(journey.redirects());
		UserDetails therapist = this.users.loadUserByUsername(story.therapistLogin());
		String client = "/clients/" + story.clientId();

		// read and printed, as the therapist would
		for (String path : List.of(client, client + "/intake", client + "/intake/versions/2",
				client + "/intake/compare?from=1&to=2", client + "/intake/edit", client + "/intake/flags",
				client + "/intake/check",
				"/sessions/" + story.signedSessionId(), "/sessions/" + story.openSessionId(), client + "/sessions",
				"/sessions/" + story.signedSessionId() + "/aftercare/sheet",
				client + "/consent/records/" + story.withdrawnConsentId(),
				client + "/consent/records/" + story.withdrawnConsentId() + "/pdf")) {
			var response = this.mvc.perform(get(path).with(user(therapist))).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
		}

		// saved in the background, then sent back with a message: one field too long, one left empty
		String open = "/sessions/" + story.openSessionId();
		int version = this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class,
				story.openSessionId());
		var saved = this.mvc.perform(as(therapist, post(open + "/draft")).param("version", String.valueOf(version))
			.param("phase", "NOTES")
			.param("subjective", "MARKER-AUTOSAVE-" + run)
			.param("objective", "MARKER-AUTOSAVE-OBJECTIVE-" + run)).andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(200);
		var tooLong = this.mvc.perform(as(therapist, post(open + "/draft")).param("version", String.valueOf(version + 1))
			.param("phase", "NOTES")
			.param("subjective", "MARKER-TOO-LONG-" + run + " " + "x".repeat(4000))).andReturn().getResponse();
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).doesNotContain("MARKER-TOO-LONG");
		var intakeDraft = this.mvc.perform(as(therapist, post(client + "/intake/draft?overwrite=true"))
			.param("triggersToAvoid", "MARKER-INTAKE-DRAFT-" + run)
			.param("anythingElse", "MARKER-INTAKE-DRAFT-ELSE-" + run)).andReturn().getResponse();
		assertThat(intakeDraft.getStatus()).isEqualTo(200);
		var incomplete = this.mvc.perform(as(therapist, post(client + "/intake/complete"))
			.param("completionToken", UUID.randomUUID().toString())
			.param("triggersToAvoid", "MARKER-INCOMPLETE-" + run)).andReturn().getResponse();
		assertThat(incomplete.getStatus()).as("the intake comes back with its messages").isEqualTo(200);
		var unsigned = this.mvc.perform(as(therapist, post(open + "/sign")).param("version", "0")
			.param("phase", "NOTES")
			.param("subjective", "MARKER-UNSIGNED-" + run)).andReturn().getResponse();
		assertThat(unsigned.getStatus()).isEqualTo(200);

		// and the error pages, over real HTTP so that the container's own error dispatch runs
		var visitor = new HttpVisitor(this.port);
		visitor.signIn(story.therapistLogin(), Fixtures.PASSWORD);
		assertThat(visitor.get("/sessions/" + Long.MAX_VALUE).statusCode()).isEqualTo(404);
		assertThat(visitor.get(client + "/intake/compare?from=one&to=two").statusCode()).isEqualTo(400);
		assertThat(visitor.get(FailingPageController.PATH).statusCode()).isEqualTo(500);
		var refused = visitor.post(client + "/intake/draft", java.util.Map.of("triggersToAvoid",
				"MARKER-CONTROL-CHARACTER-" + run + "\u0007"));
		assertThat(refused.statusCode()).isEqualTo(400);
		refused.headers().firstValue("Location").ifPresent(locations::add);

		assertThat(output.getAll()).as("the 500's exception is in the captured log")
			.contains(FailingPageController.SECRET);
		assertThat(markersIn(output.getAll(), run)).as("markers in the console output").isEmpty();
		assertThat(locations).as("addresses the app sent people on to").hasSizeGreaterThan(10);
		assertThat(locations).filteredOn(location -> location.contains(run)).isEmpty();
		assertThat(locations).filteredOn(location -> location.contains("MARKER")).isEmpty();
		System.out.println("No clinical data in logs: " + output.getAll().lines().count() + " lines captured, "
				+ locations.size() + " redirects checked, " + Field.values().length + " fields marked");
	}

	private static MockHttpServletRequestBuilder as(UserDetails who, MockHttpServletRequestBuilder request) {
		return request.with(csrf()).with(user(who));
	}

	/** Each line of the output that carries a marker of this run, cut short for the failure message. */
	private static List<String> markersIn(String output, String run) {
		return output.lines()
			.filter(line -> line.contains(run) || line.contains("MARKER-"))
			.map(line -> line.substring(0, Math.min(line.length(), 300)))
			.toList();
	}

}
