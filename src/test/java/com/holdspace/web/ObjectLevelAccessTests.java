package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.session.SessionFixtures;
import com.holdspace.session.SessionFixtures.Setting;

/**
 * Object-level access: a therapist who swaps a colleague's id into an address (their calendar,
 * booking, schedule or session record, or the clinical records of a client in the colleague's care
 * only), or staff who pair one client's address with another client's record, find nothing there,
 * on every verb, and no row anywhere changes.
 */
@IntegrationTest
class ObjectLevelAccessTests {

	/** Everything an object route could change, read as one fingerprint. */
	private static final String FINGERPRINT = """
			select md5(string_agg(t, '|' order by t)) from (
			  select 'b' || b::text as t from booking b
			  union all select 'be' || e::text from booking_event e
			  union all select 's' || s::text from session_record s
			  union all select 'se' || e::text from session_entry e
			  union all select 'sa' || a::text from session_amendment a
			  union all select 'ap' || p::text from aftercare_plan p
			  union all select 'api' || i::text from aftercare_plan_item i
			  union all select 'wh' || w::text from working_hours w
			  union all select 'to' || o::text from time_off o
			  union all select 'sc' || c::text from signed_consent c
			  union all select 'cw' || w::text from consent_withdrawal w
			  union all select 'hs' || h::text from clinical_hold_step h) all_rows""";

	@Autowired
	MockMvc mvc;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	Fixtures fixtures;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	com.holdspace.booking.BookingFixtures bookings;

	@Autowired
	JdbcTemplate jdbc;

	private Setting colleagues;

	private UserDetails colleague;

	private UserDetails me;

	private String record;

	private long entryId;

	@BeforeEach
	void aColleagueMidSession() throws Exception {
		this.colleagues = this.sessions.readyClientBooked();
		this.colleague = this.sessions.login(this.colleagues.therapistLogin());
		this.me = this.sessions.staff(com.holdspace.staff.Role.THERAPIST);
		this.sessions.onTheDay(this.colleagues);
		this.record = this.mvc.perform(post("/sessions").with(user(this.colleague))
			.with(csrf())
			.param("bookingId", String.valueOf(this.colleagues.bookingId()))
			.param("token", UUID.randomUUID().toString())).andReturn().getResponse().getRedirectedUrl();
		as(this.colleague, post(this.record + "/consent").param("version", version()).param("phase", "CHECK_IN"));
		as(this.colleague, post(this.record + "/check-in").param("version", version())
			.param("phase", "CHECK_IN")
			.param("tensionBefore", "5")
			.param("arrival", "Colleague's private arrival words")
			.param("alcoholOrDrugsToday", "false")
			.param("newFlashbacks", "false")
			.param("harmThoughts", "false")
			.param("hadWater", "true")
			.param("breathingOffered", "true"));
		as(this.colleague, post(this.record + "/entries/EVENT").param("token", UUID.randomUUID().toString())
			.param("event", "CRYING"));
		this.entryId = this.jdbc.queryForObject("select max(id) from session_entry where session_id = ?", Long.class,
				Long.parseLong(this.record.substring(this.record.lastIndexOf('/') + 1)));
	}

	@Test
	void aTherapistSwappingInAColleaguesIdsFindsNothingOnAnyVerbAndChangesNothing() throws Exception {
		long colleagueId = this.colleagues.therapistId();
		long booking = this.colleagues.bookingId();
		String theirClient = "/clients/" + this.colleagues.clientId();
		List<MockHttpServletRequestBuilder> swaps = List.of(get(this.record), get(theirClient + "/sessions"),
				get(theirClient + "/intake"), get(theirClient + "/intake/versions/1"), get(theirClient + "/consent"),
				get("/calendar/therapists/" + colleagueId),
				get("/calendar/therapists/" + colleagueId + "?view=week"), get("/schedule/therapists/" + colleagueId),
				get("/bookings/" + booking),
				post("/bookings/" + booking + "/reschedule").param("version", "0")
					.param("therapistId", String.valueOf(colleagueId)),
				post("/bookings/" + booking + "/cancel").param("version", "0").param("reason", "Swapped id"),
				post("/bookings/" + booking + "/check-in").param("version", "0"),
				post("/bookings/" + booking + "/no-show").param("version", "0"),
				post("/bookings").param("therapistId", String.valueOf(colleagueId))
					.param("clientId", String.valueOf(this.colleagues.clientId())),
				post("/sessions").param("bookingId", String.valueOf(booking))
					.param("token", UUID.randomUUID().toString()),
				post(this.record + "/draft").param("version", "0").param("overwrite", "true").param("plan", "Swapped"),
				post(this.record + "/consent"), post(this.record + "/check-in").param("tensionBefore", "1"),
				post(this.record + "/entries/EVENT").param("token", UUID.randomUUID().toString())
					.param("event", "LAUGHING"),
				post(this.record + "/entries/" + this.entryId + "/strike"),
				post(this.record + "/sign").param("version", "0"),
				post(this.record + "/amendments").param("reason", "Swapped").param("field", "plan").param("text", "x"),
				post(this.record + "/aftercare").param("notes", "Swapped"), post(this.record + "/aftercare/hand-over"));

		String before = fingerprint();
		List<String> answered = new ArrayList<>();
		for (MockHttpServletRequestBuilder swap : swaps) {
			var response = as(this.me, swap).andReturn().getResponse();
			if (response.getStatus() != 404 || response.getContentAsString().contains("Session Client")) {
				answered.add(swap.buildRequest(null).getMethod() + " " + swap.buildRequest(null).getRequestURI()
						+ " -> " + response.getStatus());
			}
		}

		assertThat(answered).as("object routes that answered a colleague's id with more than 404").isEmpty();
		assertThat(fingerprint()).as("rows after %d swapped requests", swaps.size()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from audit_event where action = 'DENIED' and subject like '%NotYours%' and actor = ?""",
				Long.class, this.me.getUsername()))
			.as("refusals in the audit log")
			.isEqualTo(swaps.size());
	}

	@Test
	void oneClientsAddressPairedWithAnotherClientsRecordFindsNothing() throws Exception {
		// this therapist is booked with the colleague's client too: in their care, but not the other's
		long mine = this.fixtures.staffId(this.me.getUsername());
		this.bookings.workEveryDay(mine, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
		this.bookings.book(this.colleagues.clientId(), this.bookings.standard(), mine, this.bookings.room(),
				this.bookings.at(3, java.time.DayOfWeek.THURSDAY, 10, 0));
		long other = this.fixtures.client("Other Object Client");
		long otherTherapist = this.fixtures.staffId(this.fixtures.staffMember(com.holdspace.staff.Role.THERAPIST));
		this.intakes.completeWithProviderFlag(other, otherTherapist);
		long othersHold = this.jdbc.queryForObject(
				"select id from clinical_hold where client_id = ? and kind = 'CONSULT_PROVIDER'", Long.class, other);
		long othersConsent = this.consents.signTreatment(other, otherTherapist);
		String shared = "/clients/" + this.colleagues.clientId();
		List<MockHttpServletRequestBuilder> swaps = List.of(get(shared + "/consent/records/" + othersConsent),
				get(shared + "/consent/records/" + othersConsent + "/pdf"),
				post(shared + "/consent/records/" + othersConsent + "/withdraw").param("withdrawnBy", "CLIENT")
					.param("reason", "Swapped"),
				get(shared + "/intake/holds/" + othersHold + "/CLEARANCE"),
				post(shared + "/intake/holds/" + othersHold + "/REFERRAL").param("personName", "Dr Swap")
					.param("personRole", "GP")
					.param("note", "Swapped"));

		String before = fingerprint();
		for (MockHttpServletRequestBuilder swap : swaps) {
			as(this.me, swap).andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Other Object Client"))));
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.ResultActions as(UserDetails who, MockHttpServletRequestBuilder request)
			throws Exception {
		return this.mvc.perform(request.with(user(who)).with(csrf()));
	}

	private String version() {
		return String.valueOf(this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class,
				Long.parseLong(this.record.substring(this.record.lastIndexOf('/') + 1))));
	}

	private String fingerprint() {
		return this.jdbc.queryForObject(FINGERPRINT, String.class);
	}

}
