package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.staff.Role;

/**
 * What a form never sends, sent anyway: each answers 400 with a page that names the problem, and
 * nothing is stored. These used to answer 500.
 */
@IntegrationTest
class HostileInputTests {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BookingFixtures bookings;

	@LocalServerPort
	int port;

	private HttpVisitor desk;

	private HttpVisitor therapist;

	private long therapistId;

	private long clientId;

	@BeforeEach
	void people() {
		this.desk = signedIn(this.fixtures.staffMember(Role.FRONT_DESK));
		String therapist = this.fixtures.staffMember(Role.THERAPIST);
		this.therapist = signedIn(therapist);
		this.therapistId = this.fixtures.staffId(therapist);
		this.clientId = this.fixtures.client("Hostile Input Client");
	}

	@Test
	void aNulByteInASearchIsRefusedWithAClearMessage() {
		refused(this.desk.get("/clients?q=an%00na"), "control character");
	}

	@Test
	void aNulByteInAFormIsRefusedAndNothingIsStored() {
		String name = "Nul " + UUID.randomUUID();
		refused(newClient(Map.of("legalName", name + "\u0000")), "control character");
		assertThat(this.jdbc.queryForObject("select count(*) from client where legal_name like ?", Integer.class,
				name + "%")).isZero();
	}

	@Test
	void aRowFarBeyondAnyFormsRowsIsRefused() {
		refused(newClient(Map.of("legalName", "Row 300", "emergencyContacts[300].name", "Kim")), "row");
		this.desk.get("/waitlist/new?clientId=" + this.clientId);
		refused(this.desk.post("/waitlist?clientId=" + this.clientId, Map.of("windows[300].dayOfWeek", "1")), "row");
	}

	@Test
	void aBodyRegionThatDoesNotExistIsRefused() {
		this.therapist.get("/clients/" + this.clientId + "/intake/edit");
		refused(this.therapist.post("/clients/" + this.clientId + "/intake/draft",
				Map.of("bodyMap[NOWHERE].state", "AVOID")), "choice that does not exist");
	}

	@Test
	void aDateAMillionYearsAwayIsRefused() {
		refused(newClient(Map.of("legalName", "Far Away", "dateOfBirth", "-999999999-01-01")),
				"tens of thousands of years");
		refused(this.therapist.get("/calendar/therapists/" + this.therapistId + "?date=%2B999999999-12-31"),
				"tens of thousands of years");
	}

	@Test
	void aSessionInTheYear9999IsRefusedNextToTheTimeAndNothingIsBooked() {
		this.desk.get("/bookings/new?clientId=" + this.clientId);
		var response = this.desk.post("/bookings",
				Map.of("creationToken", UUID.randomUUID().toString(), "clientId", String.valueOf(this.clientId),
						"sessionTypeId", String.valueOf(this.bookings.standard()), "therapistId",
						String.valueOf(this.therapistId), "date", "9999-01-04", "time", "10:00"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("id=\"date-error\">Please enter a real date between 1900 and 100 years");
		assertThat(this.jdbc.queryForObject("select count(*) from booking where client_id = ?", Integer.class,
				this.clientId)).isZero();
	}

	@Test
	void theServerItselfAnswersABadAddressWithHoldspacesOwnPageUnderTheSamePolicy() {
		var response = new HttpVisitor(this.port).get("/%2e%2e/%2e%2e/etc/passwd");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Holdspace could not read this").doesNotContain("Tomcat", "<style");
		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'"));
	}

	private HttpVisitor signedIn(String email) {
		var visitor = new HttpVisitor(this.port);
		assertThat(visitor.signIn(email, Fixtures.PASSWORD).statusCode()).isEqualTo(302);
		return visitor;
	}

	private HttpResponse<String> newClient(Map<String, String> fields) {
		this.desk.get("/clients/new");
		Map<String, String> form = new HashMap<>(Map.of("creationToken", UUID.randomUUID().toString(), "dateOfBirth",
				"1980-01-01", "preferredContact", "PHONE", "phone", "+44 7700 900111"));
		form.putAll(fields);
		return this.desk.post("/clients", form);
	}

	private static void refused(HttpResponse<String> response, String words) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Holdspace could not read this", words);
	}

}
