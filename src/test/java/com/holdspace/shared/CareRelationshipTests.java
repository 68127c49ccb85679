package com.holdspace.shared;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.session.SessionFixtures;
import com.holdspace.staff.Role;

/**
 * One rule for who reads a client's clinical records: admin every client's; a therapist those of the
 * clients they have treated or are booked to treat (a booking not cancelled, a session record, an
 * intake they completed), and no others, on every clinical page, PDF and card. A therapist's read of
 * what a colleague wrote is marked in the audit log.
 */
@IntegrationTest
class CareRelationshipTests {

	private static final String MARK = "(a colleague's record)";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	BookingFixtures booking;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	CareRelationship care;

	@Autowired
	JdbcTemplate jdbc;

	/** The client, treated by their own therapist: an intake with a hold, a consent, a session and a plan. */
	private AftercareFixtures.Client treated;

	private String name;

	private long sessionId;

	private long signedSessionId;

	private long consentId;

	private long holdId;

	@BeforeEach
	void aClientInTheirTherapistsCare() {
		this.treated = this.aftercare.client();
		this.name = "Care Client " + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("update client set legal_name = ? where id = ?", this.name, this.treated.clientId());
		long therapistId = this.fixtures.staffId(this.treated.therapistLogin());
		this.intakes.completeWithProviderFlag(this.treated.clientId(), therapistId);
		this.holdId = this.jdbc.queryForObject(
				"select id from clinical_hold where client_id = ? and kind = 'CONSULT_PROVIDER'", Long.class,
				this.treated.clientId());
		this.consentId = this.consents.signTreatment(this.treated.clientId(), therapistId);
		long planId = this.aftercare.handedOverPlan(this.treated, "Rest and water", TestClock.today().plusDays(7));
		this.signedSessionId = this.jdbc.queryForObject("select session_id from aftercare_plan where id = ?",
				Long.class, planId);
		this.sessionId = this.aftercare.checkedInSession(this.treated);
	}

	/** Every clinical page and PDF of the client, as a therapist would open them. */
	private List<MockHttpServletRequestBuilder> clinicalPages() {
		String client = "/clients/" + this.treated.clientId();
		return List.of(get(client + "/intake"), get(client + "/intake/edit"), get(client + "/intake/flags"),
				get(client + "/intake/check"),
				get(client + "/intake/versions/1"), get(client + "/intake/compare?from=1&to=2"),
				get(client + "/intake/holds/" + this.holdId + "/CLEARANCE"), get(client + "/intake/self-fill"),
				get(client + "/consent"), get(client + "/consent/records/" + this.consentId),
				get(client + "/consent/records/" + this.consentId + "/pdf"), get(client + "/consent/TREATMENT/sign"),
				get(client + "/sessions"), get("/sessions/" + this.sessionId), get("/sessions/" + this.signedSessionId),
				get("/sessions/" + this.signedSessionId + "/aftercare/sheet"));
	}

	@Test
	void aTherapistOutsideTheClientsCareFindsNoClinicalPageAndNoClinicalCard() throws Exception {
		UserDetails stranger = this.sessions.staff(Role.THERAPIST);
		List<String> answered = new ArrayList<>();
		for (MockHttpServletRequestBuilder page : clinicalPages()) {
			var response = as(stranger, page);
			if (response.getStatus() != 404 || response.getContentAsString().contains(this.name)) {
				answered.add(describe(page) + " -> " + response.getStatus());
			}
		}
		assertThat(answered).as("clinical pages that answered a therapist outside the client's care").isEmpty();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'DENIED' and subject like '%NotYours%' and actor = ?""",
				Long.class, stranger.getUsername()))
			.as("each refusal audited")
			.isEqualTo(clinicalPages().size());

		// a walk-in for someone else's client is not there either, and starts nothing
		var walkIn = as(stranger, post("/sessions").param("clientId", String.valueOf(this.treated.clientId()))
			.param("token", UUID.randomUUID().toString()));
		assertThat(walkIn.getStatus()).isEqualTo(404);
		assertThat(this.jdbc.queryForObject("select count(*) from session_record s join account a on a.id = s.therapist_id "
				+ "where a.email = ?", Long.class, stranger.getUsername())).isZero();

		// the client page: name and contact details, as the desk sees them, and no clinical card
		String page = as(stranger, get("/clients/" + this.treated.clientId())).getContentAsString();
		assertThat(page).contains(this.name)
			.contains("card-intake")
			.doesNotContain("card-sessions")
			.doesNotContain("card-aftercare")
			.doesNotContain("/clients/" + this.treated.clientId() + "/intake\"")
			.doesNotContain("/clients/" + this.treated.clientId() + "/consent\"")
			.doesNotContain("/sessions/" + this.sessionId)
			.doesNotContain("Rest and water");
	}

	@Test
	void aTherapistBookedWithTheClientReadsEveryClinicalPageAndCardUntilTheBookingIsCancelled() throws Exception {
		String login = this.fixtures.staffMember(Role.THERAPIST);
		long therapistId = this.fixtures.staffId(login);
		this.booking.workEveryDay(therapistId, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
		UserDetails booked = this.sessions.login(login);
		long bookingId = this.booking
			.book(this.treated.clientId(), this.booking.standard(), therapistId, this.booking.room(),
					this.booking.at(3, DayOfWeek.THURSDAY, 14, 0))
			.id();

		assertThat(refused(booked)).as("clinical pages refused to the therapist booked with the client").isEmpty();
		String page = as(booked, get("/clients/" + this.treated.clientId())).getContentAsString();
		assertThat(page).contains("card-sessions", "card-aftercare", "/clients/" + this.treated.clientId() + "/intake\"",
				"/sessions/" + this.signedSessionId);

		this.jdbc.update("update booking set status = 'CANCELLED', cancel_reason = 'Moved away' where id = ?", bookingId);
		assertThat(this.care.cares(therapistId, this.treated.clientId())).as("a cancelled booking is no care").isFalse();
		assertThat(as(booked, get("/sessions/" + this.sessionId)).getStatus()).isEqualTo(404);
		assertThat(as(booked, get("/clients/" + this.treated.clientId())).getContentAsString())
			.doesNotContain("card-sessions");
	}

	@Test
	void aTherapistWhoTreatedTheClientOnceReadsTheirRecords() throws Exception {
		String login = this.fixtures.staffMember(Role.THERAPIST);
		long therapistId = this.fixtures.staffId(login);
		this.jdbc.update("""
				insert into session_record (client_id, therapist_id, therapist_name, creation_token, started_at)
				values (?, ?, 'Once Treated', ?, ?)""", this.treated.clientId(), therapistId, UUID.randomUUID(),
				java.sql.Timestamp.from(TestClock.current().minusSeconds(90L * 86_400)));

		assertThat(refused(this.sessions.login(login))).as("clinical pages refused to a therapist with a past session")
			.isEmpty();
	}

	@Test
	void theTherapistWhoCompletedTheIntakeIsInCareAndTheFirstIntakeIsOpenToAnyTherapist() throws Exception {
		long newcomer = this.fixtures.client("First Intake Client");
		String login = this.fixtures.staffMember(Role.THERAPIST);
		UserDetails any = this.sessions.login(login);
		assertThat(as(any, get("/clients/" + newcomer + "/intake/edit")).getStatus())
			.as("the first intake, by a therapist not yet in care")
			.isEqualTo(200);

		long colleague = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.intakes.complete(newcomer, colleague);
		assertThat(this.care.cares(colleague, newcomer)).isTrue();
		assertThat(as(any, get("/clients/" + newcomer + "/intake/edit")).getStatus())
			.as("once done by a colleague, the intake is theirs to read, not this therapist's")
			.isEqualTo(404);
		assertThat(as(any, get("/clients/" + newcomer + "/intake")).getStatus()).isEqualTo(404);
	}

	@Test
	void adminReadsEveryClientsRecords() throws Exception {
		// the holds pages are a therapist's to record in (admin is refused them by role)
		assertThat(refused(this.sessions.staff(Role.ADMIN)))
			.containsExactly("GET /clients/" + this.treated.clientId() + "/intake/holds/" + this.holdId + "/CLEARANCE -> 403");
	}

	@Test
	void aReadOfAColleaguesSessionRecordIsMarkedInTheAuditLog() throws Exception {
		String login = this.fixtures.staffMember(Role.THERAPIST);
		long therapistId = this.fixtures.staffId(login);
		this.booking.workEveryDay(therapistId, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
		UserDetails sharing = this.sessions.login(login);
		this.booking.book(this.treated.clientId(), this.booking.standard(), therapistId, this.booking.room(),
				this.booking.at(3, DayOfWeek.FRIDAY, 11, 0));

		assertThat(as(sharing, get("/sessions/" + this.sessionId)).getStatus()).isEqualTo(200);
		assertThat(as(sharing, get("/sessions/" + this.signedSessionId + "/aftercare/sheet")).getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForList("""
				select action || ' ' || subject from audit_event where actor = ? and client_id = ? order by id""",
				String.class, sharing.getUsername(), this.treated.clientId()))
			.containsExactly("VIEW GET /sessions/" + this.sessionId + " " + MARK,
					"PRINT GET /sessions/" + this.signedSessionId + "/aftercare/sheet " + MARK);

		// the treating therapist reading their own record: no mark
		UserDetails treating = this.sessions.login(this.treated.therapistLogin());
		assertThat(as(treating, get("/sessions/" + this.sessionId)).getStatus()).isEqualTo(200);
		assertThat(this.jdbc.queryForObject("""
				select subject from audit_event where actor = ? and client_id = ? order by id desc limit 1""",
				String.class, this.treated.therapistLogin(), this.treated.clientId()))
			.isEqualTo("GET /sessions/" + this.sessionId);
	}

	/** The clinical pages that did not open for this visitor. */
	private List<String> refused(UserDetails who) throws Exception {
		List<String> refused = new ArrayList<>();
		for (MockHttpServletRequestBuilder page : clinicalPages()) {
			var response = as(who, page);
			if (response.getStatus() != 200) {
				refused.add(describe(page) + " -> " + response.getStatus());
			}
		}
		return refused;
	}

	private org.springframework.mock.web.MockHttpServletResponse as(UserDetails who,
			MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
	}

	private static String describe(MockHttpServletRequestBuilder request) {
		var built = request.buildRequest(null);
		return built.getMethod() + " " + built.getRequestURI();
	}

}
