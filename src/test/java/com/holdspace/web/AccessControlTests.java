package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.intake.IntakeFixtures;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.records.RecordExportFixtures;
import com.holdspace.session.SessionService;
import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.Role;
import com.holdspace.waitlist.WaitlistFixtures;

/**
 * Every URL against every role and an anonymous visitor: the page, a 403, or the login page.
 * A URL added without a row here is still denied by default, and a row here proves who gets in.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlTests {

	enum Visitor {

		ANONYMOUS, CLIENT, FRONT_DESK, THERAPIST, ADMIN

	}

	private static final Set<Visitor> EVERYONE = EnumSet.allOf(Visitor.class);

	private static final Set<Visitor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Visitor.ANONYMOUS));

	private static final Set<Visitor> STAFF = EnumSet.of(Visitor.FRONT_DESK, Visitor.THERAPIST, Visitor.ADMIN);

	private static final Set<Visitor> ADMIN = EnumSet.of(Visitor.ADMIN);

	private static final Set<Visitor> CLINICAL = EnumSet.of(Visitor.THERAPIST, Visitor.ADMIN);

	private static final Set<Visitor> DESK = EnumSet.of(Visitor.FRONT_DESK, Visitor.ADMIN);

	private static final Set<Visitor> THERAPIST = EnumSet.of(Visitor.THERAPIST);

	private static final Set<Visitor> NOBODY = EnumSet.noneOf(Visitor.class);

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	IntakeFixtures intakes;

	@Autowired
	ConsentFixtures consents;

	@Autowired
	BookingFixtures bookingFixtures;

	@Autowired
	WaitlistFixtures waitlist;

	@Autowired
	MessagingFixtures messaging;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordExportFixtures records;

	@Autowired
	SessionService sessions;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	private String feedToken;

	private long consentId;

	private long waitlistEntryId;

	private String expiredOffer;

	private final java.util.Map<Visitor, String> logins = new java.util.EnumMap<>(Visitor.class);

	private long clientId;

	private long staffId;

	private long bookingTherapistId;

	private long ownTherapistId;

	private long roomId;

	private long bookingId;

	private long adminRoomId;

	private long siteId;

	private long sessionTypeId;

	private long holdId;

	private long sessionId;

	private long signedSessionId;

	private long aftercareItemId;

	/** A client in a colleague's care only: the visiting therapist has no booking, session or intake of theirs. */
	private long elsewhereClientId;

	private long elsewhereHoldId;

	private long elsewhereConsentId;

	private long elsewhereSessionId;

	/** A written copy of the matrix client's whole record, and one of the colleague's client. */
	private long exportId;

	private long elsewhereExportId;

	@BeforeAll
	void people() {
		this.logins.put(Visitor.CLIENT, this.fixtures.clientWithLogin("Portal Person"));
		this.logins.put(Visitor.FRONT_DESK, this.fixtures.staffMember(Role.FRONT_DESK));
		this.logins.put(Visitor.THERAPIST, this.fixtures.staffMember(Role.THERAPIST));
		this.logins.put(Visitor.ADMIN, this.fixtures.staffMember(Role.ADMIN));
		this.clientId = this.fixtures.client("Access Matrix Client");
		this.staffId = this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST));
		this.intakes.completeWithProviderFlag(this.clientId, this.staffId);
		this.holdId = this.jdbc.queryForObject(
				"select id from clinical_hold where client_id = ? and kind = 'CONSULT_PROVIDER'", Long.class,
				this.clientId);
		this.consentId = this.consents.signTreatment(this.clientId, this.staffId);
		this.bookingTherapistId = this.bookingFixtures.therapist();
		this.roomId = this.bookingFixtures.room();
		this.bookingId = this.bookingFixtures
			.book(this.clientId, this.bookingFixtures.standard(), this.bookingTherapistId, this.roomId,
					this.bookingFixtures.at(2, DayOfWeek.WEDNESDAY, 10, 0))
			.id();
		this.ownTherapistId = this.fixtures.staffId(this.logins.get(Visitor.THERAPIST));
		// the therapist who visits is booked with the client, so the client is in their care
		this.bookingFixtures.workEveryDay(this.ownTherapistId, LocalTime.of(9, 0), LocalTime.of(17, 0));
		this.bookingFixtures.book(this.clientId, this.bookingFixtures.standard(), this.ownTherapistId, this.roomId,
				this.bookingFixtures.at(3, DayOfWeek.THURSDAY, 10, 0));
		// session records treated by the therapist who visits: one being written, one signed
		var treating = (HoldspaceUser) this.users.loadUserByUsername(this.logins.get(Visitor.THERAPIST));
		this.sessionId = this.sessions.start(null, this.clientId, UUID.randomUUID(), treating).getId();
		this.signedSessionId = this.sessions.start(null, this.clientId, UUID.randomUUID(), treating).getId();
		this.jdbc.update(
				"update session_record set checked_in_at = " + TestClock.sqlNow() + ", tension_before = 5, tension_after = 3, "
						+ "grounding_done = true, subjective = 's', objective = 'o', assessment = 'a', plan = 'p', "
						+ "signed_at = " + TestClock.sqlNow() + ", "
						+ "signed_by = therapist_id, signed_by_name = therapist_name where id = ?",
				this.signedSessionId);
		long therapist = this.waitlist.therapist();
		this.waitlistEntryId = this.waitlist.entry(this.clientId, this.waitlist.standard(), therapist,
				DayOfWeek.SUNDAY, LocalTime.of(6, 0), LocalTime.of(7, 30));
		// expired, so that posting it, as every visitor does here, books nothing
		this.expiredOffer = this.waitlist.offer(this.waitlistEntryId, therapist, this.waitlist.room(),
				this.waitlist.standard(), TestClock.current().plusSeconds(86_400),
				TestClock.current().minusSeconds(60));
		this.feedToken = this.messaging.feedFor(this.fixtures.staffId(this.fixtures.staffMember(Role.THERAPIST)));
		this.aftercareItemId = this.jdbc.queryForObject("select id from aftercare_item where title = 'Journaling'",
				Long.class);
		this.adminRoomId = this.jdbc.queryForObject("insert into room (name) values ('Access matrix room') returning id",
				Long.class);
		this.siteId = this.jdbc.queryForObject("select min(id) from site", Long.class);
		this.sessionTypeId = this.jdbc.queryForObject("""
				insert into session_type (name, duration_minutes, buffer_minutes, active)
				values ('Access matrix session', 30, 0, false) returning id""", Long.class);
		// a colleague's client: their intake, a consent they witnessed and a session they started
		String colleague = this.fixtures.staffMember(Role.THERAPIST);
		long colleagueId = this.fixtures.staffId(colleague);
		this.elsewhereClientId = this.fixtures.client("Access Matrix Client Elsewhere");
		this.intakes.completeWithProviderFlag(this.elsewhereClientId, colleagueId);
		this.elsewhereHoldId = this.jdbc.queryForObject(
				"select id from clinical_hold where client_id = ? and kind = 'CONSULT_PROVIDER'", Long.class,
				this.elsewhereClientId);
		this.elsewhereConsentId = this.consents.signTreatment(this.elsewhereClientId, colleagueId);
		this.elsewhereSessionId = this.sessions
			.start(null, this.elsewhereClientId, UUID.randomUUID(),
					(HoldspaceUser) this.users.loadUserByUsername(colleague))
			.getId();
		this.exportId = this.records.readyExport(this.clientId, this.logins.get(Visitor.ADMIN));
		this.elsewhereExportId = this.records.readyExport(this.elsewhereClientId, this.logins.get(Visitor.ADMIN));
	}

	/**
	 * Who gets in, with what status; {@code hidden} visitors reach past the role check but find
	 * someone else's record, which answers as not there (a therapist and a colleague's calendar).
	 */
	record Rule(HttpMethod method, String path, Set<Visitor> allowed, int allowedStatus, Set<Visitor> hidden) {

		Rule(HttpMethod method, String path, Set<Visitor> allowed, int allowedStatus) {
			this(method, path, allowed, allowedStatus, NOBODY);
		}

	}

	List<Rule> rules() {
		String client = "/clients/" + this.clientId;
		String staff = "/admin/staff/" + this.staffId;
		String room = "/admin/rooms/" + this.adminRoomId;
		String sessionType = "/admin/session-types/" + this.sessionTypeId;
		String schedule = "/schedule/therapists/" + this.staffId;
		String ownSchedule = "/schedule/therapists/" + this.fixtures.staffId(this.logins.get(Visitor.THERAPIST));
		String session = "/sessions/" + this.sessionId;
		String signed = "/sessions/" + this.signedSessionId;
		String elsewhere = "/clients/" + this.elsewhereClientId;
		return List.of(new Rule(HttpMethod.GET, "/login", EVERYONE, 200),
				new Rule(HttpMethod.GET, "/actuator/health", EVERYONE, 200),
				new Rule(HttpMethod.GET, "/", SIGNED_IN, 302),
				new Rule(HttpMethod.GET, "/clients", STAFF, 200),
				new Rule(HttpMethod.GET, "/clients?q=matrix", STAFF, 200),
				new Rule(HttpMethod.GET, "/clients/new", STAFF, 200),
				new Rule(HttpMethod.POST, "/clients", STAFF, 200),
				new Rule(HttpMethod.GET, client, STAFF, 200),
				new Rule(HttpMethod.GET, client + "/edit", STAFF, 200),
				new Rule(HttpMethod.POST, client, STAFF, 200),
				new Rule(HttpMethod.GET, "/admin/staff", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/staff/new", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/staff/sign-in-waits/lift?account=nobody@test.holdspace", ADMIN, 302),
				new Rule(HttpMethod.POST, "/admin/staff", ADMIN, 200),
				new Rule(HttpMethod.GET, staff, ADMIN, 200),
				new Rule(HttpMethod.POST, staff + "/role?role=THERAPIST", ADMIN, 302),
				new Rule(HttpMethod.POST, staff + "/disable", ADMIN, 302),
				new Rule(HttpMethod.POST, staff + "/enable", ADMIN, 302),
				new Rule(HttpMethod.POST, staff + "/password?newPassword=short", ADMIN, 200),
				new Rule(HttpMethod.POST, staff + "/sessions/end", ADMIN, 302),
				new Rule(HttpMethod.POST, staff + "/second-factor/reset", ADMIN, 302),
				new Rule(HttpMethod.POST, staff + "/site?siteId=" + this.siteId, ADMIN, 302),
				new Rule(HttpMethod.POST, staff + "/experience?experienced=false", ADMIN, 302),
				// the second factor: staff only, whether still to give it or giving it again for admin work;
				// staff already enrolled are sent from the set-up page to the code
				new Rule(HttpMethod.GET, "/login/second-factor", STAFF, 200),
				new Rule(HttpMethod.POST, "/login/second-factor?code=000000", STAFF, 200),
				new Rule(HttpMethod.GET, "/login/second-factor/setup", STAFF, 302),
				new Rule(HttpMethod.POST, "/login/second-factor/setup?code=000000", STAFF, 302),
				new Rule(HttpMethod.GET, "/me", EnumSet.of(Visitor.CLIENT), 200),
				// another client's consent: past security for clients, then simply not found
				new Rule(HttpMethod.GET, "/me/consents/" + this.consentId + "/pdf", EnumSet.of(Visitor.CLIENT), 404),
				// the client's own intake and treatment consent at home: always their own record, never an id
				new Rule(HttpMethod.GET, "/me/intake", EnumSet.of(Visitor.CLIENT), 200),
				// finished before any draft of theirs exists, so it is not refused as changed meanwhile
				new Rule(HttpMethod.POST, "/me/intake?goals=Rest", EnumSet.of(Visitor.CLIENT), 302),
				new Rule(HttpMethod.POST, "/me/intake/draft?overwrite=true&goals=Rest", EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.GET, "/me/intake/thanks", EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.GET, "/me/consent", EnumSet.of(Visitor.CLIENT), 200),
				// unsigned: the same page again, with what is missing
				new Rule(HttpMethod.POST, "/me/consent", EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.GET, "/admin/settings", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/settings", ADMIN, 200),
				new Rule(HttpMethod.GET, client + "/intake", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/intake/edit", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/intake/draft?overwrite=true", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/intake/flags", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/intake/check", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/intake/complete?completionToken=" + UUID.randomUUID(), CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/intake/versions/1", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/intake/compare?from=1&to=1", CLINICAL, 200),
				// holds: only a therapist records a referral or a clearance (the empty form comes back with messages)
				new Rule(HttpMethod.GET, client + "/intake/holds/" + this.holdId + "/CLEARANCE", THERAPIST, 200),
				new Rule(HttpMethod.POST, client + "/intake/holds/" + this.holdId + "/CLEARANCE", THERAPIST, 200),
				new Rule(HttpMethod.POST, client + "/intake/holds/" + this.holdId + "/CLEARANCE/draft?note=kept", THERAPIST, 200),
				new Rule(HttpMethod.GET, client + "/intake/holds/" + this.holdId + "/CLEARANCE/draft", THERAPIST, 200),
				new Rule(HttpMethod.POST, client + "/intake/self-fill/start", CLINICAL, 302),
				new Rule(HttpMethod.GET, client + "/intake/self-fill", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/intake/self-fill/draft?overwrite=true", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/intake/self-fill/done", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/intake/self-fill/thanks", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/consent", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/consent/verbal?token=" + UUID.randomUUID(), CLINICAL, 302),
				new Rule(HttpMethod.GET, client + "/consent/records/" + this.consentId, CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/consent/records/" + this.consentId + "/pdf", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/consent/records/" + this.consentId + "/withdraw", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/consent/TREATMENT/sign/start", CLINICAL, 302),
				new Rule(HttpMethod.GET, client + "/consent/TREATMENT/sign", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/consent/TREATMENT/sign", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/consent/PROVIDER_COMMUNICATION/sign/done", CLINICAL, 200),
				new Rule(HttpMethod.GET, "/admin/consent", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/consent/TREATMENT", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/consent/PROVIDER_COMMUNICATION", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/consent/TREATMENT/versions/1", ADMIN, 200),
				new Rule(HttpMethod.GET, "/kiosk/unlock", CLINICAL, 302),
				new Rule(HttpMethod.POST, "/kiosk/unlock", CLINICAL, 302),
				new Rule(HttpMethod.GET, "/calendar", STAFF, 302),
				// another therapist's calendar and bookings: the desk; a therapist only their own
				new Rule(HttpMethod.GET, "/calendar/therapists/" + this.bookingTherapistId, DESK, 200, THERAPIST),
				new Rule(HttpMethod.GET, "/calendar/therapists/" + this.ownTherapistId + "?view=day", STAFF, 200),
				new Rule(HttpMethod.GET, "/calendar/rooms/" + this.roomId, DESK, 200),
				// the site's day: the desk sees every therapist, a therapist only their own column
				new Rule(HttpMethod.GET, "/calendar/day", STAFF, 200),
				new Rule(HttpMethod.GET, "/calendar/therapists/" + this.bookingTherapistId + "?move=" + this.bookingId, DESK,
						200, THERAPIST),
				new Rule(HttpMethod.GET, "/calendar/day?move=" + this.bookingId, DESK, 200, THERAPIST),
				new Rule(HttpMethod.GET, "/bookings/" + this.bookingId + "?date=2099-01-05&time=10:00", DESK, 200, THERAPIST),
				new Rule(HttpMethod.GET, "/bookings/new", STAFF, 200),
				new Rule(HttpMethod.GET, "/bookings/new?clientId=" + this.clientId, STAFF, 200),
				new Rule(HttpMethod.POST, "/bookings", STAFF, 302),
				new Rule(HttpMethod.POST, "/bookings?therapistId=" + this.bookingTherapistId, DESK, 302, THERAPIST),
				new Rule(HttpMethod.GET, "/bookings/" + this.bookingId, DESK, 200, THERAPIST),
				new Rule(HttpMethod.POST, "/bookings/" + this.bookingId + "/reschedule", DESK, 200, THERAPIST),
				new Rule(HttpMethod.POST, "/bookings/" + this.bookingId + "/cancel?version=0", DESK, 302, THERAPIST),
				new Rule(HttpMethod.POST, "/bookings/" + this.bookingId + "/check-in?version=0", DESK, 302, THERAPIST),
				new Rule(HttpMethod.POST, "/bookings/" + this.bookingId + "/no-show?version=0", DESK, 302, THERAPIST),
				new Rule(HttpMethod.GET, "/waitlist", STAFF, 200),
				new Rule(HttpMethod.GET, "/waitlist/new?clientId=" + this.clientId, STAFF, 200),
				new Rule(HttpMethod.POST, "/waitlist?clientId=" + this.clientId, STAFF, 200),
				// a stale version: refused after security, so the entry stays for the next visitor
				new Rule(HttpMethod.POST, "/waitlist/" + this.waitlistEntryId + "/remove?version=99", STAFF, 302),
				// an offer link from an email opens for anyone holding it
				new Rule(HttpMethod.GET, "/offers/" + this.expiredOffer, EVERYONE, 200),
				new Rule(HttpMethod.POST, "/offers/" + this.expiredOffer, EVERYONE, 302),
				new Rule(HttpMethod.GET, "/offers/" + "x".repeat(43), EVERYONE, 404),
				// the clinic's public booking pages are for anyone; a confirmation link opens only as itself
				new Rule(HttpMethod.GET, "/book", EVERYONE, 200),
				new Rule(HttpMethod.GET, "/book/details", EVERYONE, 302),
				new Rule(HttpMethod.POST, "/book/details", EVERYONE, 302),
				new Rule(HttpMethod.GET, "/book/sent", EVERYONE, 200),
				new Rule(HttpMethod.GET, "/book/confirm/" + "x".repeat(43), EVERYONE, 404),
				new Rule(HttpMethod.POST, "/book/confirm/" + "x".repeat(43), EVERYONE, 404),
				new Rule(HttpMethod.GET, "/bookings/online", STAFF, 200),
				new Rule(HttpMethod.GET, "/calendar/feed", THERAPIST, 200),
				new Rule(HttpMethod.POST, "/calendar/feed", THERAPIST, 302),
				new Rule(HttpMethod.POST, "/calendar/feed/revoke", THERAPIST, 302),
				new Rule(HttpMethod.POST, staff + "/calendar-feed/revoke", ADMIN, 302),
				// the secret link is the key: anyone holding it gets the feed, a wrong one finds nothing
				new Rule(HttpMethod.GET, "/feeds/" + this.feedToken + ".ics", EVERYONE, 200),
				new Rule(HttpMethod.GET, "/feeds/" + "A".repeat(43) + ".ics", EVERYONE, 404),
				new Rule(HttpMethod.GET, "/admin/rooms", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/rooms", ADMIN, 200),
				new Rule(HttpMethod.GET, room, ADMIN, 200),
				new Rule(HttpMethod.POST, room, ADMIN, 200),
				new Rule(HttpMethod.POST, room + "/active?active=true&version=0", ADMIN, 302),
				new Rule(HttpMethod.GET, "/admin/sites", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/sites", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/sites/" + this.siteId, ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/sites/" + this.siteId, ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/sites/" + this.siteId + "/active?active=true&version=-1", ADMIN, 302),
				new Rule(HttpMethod.GET, "/admin/session-types", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/session-types/new", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/session-types", ADMIN, 200),
				new Rule(HttpMethod.GET, sessionType, ADMIN, 200),
				new Rule(HttpMethod.POST, sessionType, ADMIN, 200),
				new Rule(HttpMethod.GET, "/schedule", STAFF, 200),
				// a therapist reads their own schedule only, and changes none
				new Rule(HttpMethod.GET, ownSchedule, STAFF, 200),
				new Rule(HttpMethod.GET, schedule, DESK, 200, THERAPIST),
				new Rule(HttpMethod.POST, ownSchedule + "/hours", DESK, 200),
				new Rule(HttpMethod.POST, schedule + "/hours", DESK, 200),
				new Rule(HttpMethod.POST, schedule + "/hours/" + Long.MAX_VALUE + "/remove", DESK, 302),
				new Rule(HttpMethod.POST, ownSchedule + "/time-off", DESK, 200),
				new Rule(HttpMethod.POST, schedule + "/time-off/" + Long.MAX_VALUE + "/remove", DESK, 302),
				// session records: admin and the therapists in the client's care read; only the treating therapist writes (each request below
				// is refused or changes nothing); the treating therapist and admin amend a signed record
				new Rule(HttpMethod.POST, "/sessions?clientId=" + this.clientId + "&token=" + UUID.randomUUID(), THERAPIST,
						302),
				new Rule(HttpMethod.GET, session, CLINICAL, 200),
				new Rule(HttpMethod.POST, session + "/draft?version=99", THERAPIST, 409),
				new Rule(HttpMethod.POST, session + "/consent", THERAPIST, 200),
				new Rule(HttpMethod.POST, session + "/check-in", THERAPIST, 200),
				new Rule(HttpMethod.POST, session + "/entries/EVENT", THERAPIST, 302),
				new Rule(HttpMethod.POST, session + "/entries/" + Long.MAX_VALUE + "/strike", THERAPIST, 302),
				new Rule(HttpMethod.POST, session + "/sign", THERAPIST, 200),
				new Rule(HttpMethod.POST, signed + "/amendments", CLINICAL, 200),
				new Rule(HttpMethod.POST, signed + "/amendments/draft?reason=kept", CLINICAL, 200),
				new Rule(HttpMethod.GET, signed + "/amendments/draft", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/sessions", CLINICAL, 200),
				// the whole record as FHIR R4: admin and the therapists in the client's care
				new Rule(HttpMethod.GET, client + "/record.fhir.json", CLINICAL, 200),
				// aftercare: the treating therapist writes the plan (this session is not checked in, so
				// nothing is saved); clinical staff print a handed-over one (this one has none)
				new Rule(HttpMethod.POST, session + "/aftercare", THERAPIST, 302),
				new Rule(HttpMethod.POST, session + "/aftercare/hand-over", THERAPIST, 302),
				// the plan's autosave: the treating therapist only; this session is not checked in
				new Rule(HttpMethod.POST, session + "/aftercare/draft?version=99", THERAPIST, 409),
				new Rule(HttpMethod.GET, signed + "/aftercare/sheet", CLINICAL, 404),
				// a client in a colleague's care only: admin reads; the visiting therapist, who has no booking,
				// session or intake of theirs, finds no clinical record (the client page, without its clinical
				// cards, is above)
				new Rule(HttpMethod.GET, elsewhere + "/intake", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/edit", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/flags", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/check", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/versions/1", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/compare?from=1&to=1", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.POST, elsewhere + "/intake/complete?completionToken=" + UUID.randomUUID(), ADMIN, 200,
						THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/holds/" + this.elsewhereHoldId + "/CLEARANCE", NOBODY, 0,
						THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/intake/self-fill", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/consent", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/consent/records/" + this.elsewhereConsentId, ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/consent/records/" + this.elsewhereConsentId + "/pdf", ADMIN, 200,
						THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/consent/TREATMENT/sign", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/sessions", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/record.fhir.json", ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, "/sessions/" + this.elsewhereSessionId, ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, "/sessions/" + this.elsewhereSessionId + "/aftercare/sheet", ADMIN, 404, THERAPIST),
				new Rule(HttpMethod.POST, "/sessions?clientId=" + this.elsewhereClientId + "&token=" + UUID.randomUUID(),
						NOBODY, 0, THERAPIST),
				new Rule(HttpMethod.GET, "/clients/" + this.elsewhereClientId, STAFF, 200),
				new Rule(HttpMethod.GET, "/admin/aftercare", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/aftercare", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/aftercare/" + this.aftercareItemId, ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/aftercare/" + this.aftercareItemId, ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/aftercare/" + this.aftercareItemId + "/active?active=true&version=99",
						ADMIN, 302),
				// the portal: staff invite; the link opens for whoever holds it (a made-up one has run out);
				// a client reaches only their own plans (this visitor has none: any id is not found)
				new Rule(HttpMethod.POST, client + "/invitation", STAFF, 302),
				new Rule(HttpMethod.POST, client + "/invitation/revoke", STAFF, 302),
				new Rule(HttpMethod.GET, "/invitations/" + "x".repeat(43), EVERYONE, 410),
				new Rule(HttpMethod.POST, "/invitations/" + "x".repeat(43), EVERYONE, 410),
				new Rule(HttpMethod.GET, "/me/plans/" + Long.MAX_VALUE, EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.GET, "/me/plans/" + Long.MAX_VALUE + "/pdf", EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.POST, "/me/plans/" + Long.MAX_VALUE + "/read", EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.POST, "/me/plans/" + Long.MAX_VALUE + "/check-in", EnumSet.of(Visitor.CLIENT), 404),
				// a client's own sessions: booking, and moving or cancelling only their own (this visitor has none)
				new Rule(HttpMethod.GET, "/me/bookings", EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.GET, "/me/bookings/new", EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.GET, "/me/bookings/new/confirm?sessionTypeId=" + this.sessionTypeId + "&therapistId="
						+ this.bookingTherapistId + "&startsAt=" + TestClock.current().plusSeconds(30L * 86_400),
						EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.POST, "/me/bookings", EnumSet.of(Visitor.CLIENT), 302),
				new Rule(HttpMethod.GET, "/me/bookings/" + Long.MAX_VALUE + "/move", EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.GET, "/me/bookings/" + Long.MAX_VALUE + "/move/confirm?therapistId="
						+ this.bookingTherapistId + "&startsAt=" + TestClock.current().plusSeconds(30L * 86_400),
						EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.POST, "/me/bookings/" + Long.MAX_VALUE + "/move", EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.GET, "/me/bookings/" + Long.MAX_VALUE + "/cancel", EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.POST, "/me/bookings/" + Long.MAX_VALUE + "/cancel?version=0", EnumSet.of(Visitor.CLIENT),
						404),
				// "stay signed in" before an idle sign-in ends
				new Rule(HttpMethod.POST, "/session/keep-alive", SIGNED_IN, 204),
				// one's own password (an empty form: nothing changes, the fields say what is missing)
				new Rule(HttpMethod.GET, "/account/password", SIGNED_IN, 200),
				new Rule(HttpMethod.POST, "/account/password", SIGNED_IN, 200),
				// the audit log: admin only
				new Rule(HttpMethod.GET, "/admin/audit", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/audit?action=VIEW&clientId=" + this.clientId, ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/audit/export?clientId=" + this.clientId, ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/audit/digest", ADMIN, 200),
				new Rule(HttpMethod.POST, "/admin/audit/verify", ADMIN, 302),
				new Rule(HttpMethod.GET, "/admin/history", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/history?kind=SESSION&id=" + this.signedSessionId, ADMIN, 200),
				// retention: admin only, like all of /admin; a review that is no longer waiting sends the admin
				// back to the list, and a legal hold's empty reason goes back to the client page to say so
				new Rule(HttpMethod.GET, "/admin/retention", ADMIN, 200),
				new Rule(HttpMethod.GET, "/admin/retention/reviews/" + Long.MAX_VALUE + "/keep", ADMIN, 302),
				new Rule(HttpMethod.POST, "/admin/retention/reviews/" + Long.MAX_VALUE + "/keep", ADMIN, 302),
				new Rule(HttpMethod.GET, "/admin/retention/reviews/" + Long.MAX_VALUE + "/dispose", ADMIN, 302),
				new Rule(HttpMethod.POST, "/admin/retention/reviews/" + Long.MAX_VALUE + "/dispose", ADMIN, 302),
				new Rule(HttpMethod.POST, "/admin/retention/clients/" + this.clientId + "/legal-hold", ADMIN, 302),
				new Rule(HttpMethod.POST, "/admin/retention/clients/" + this.clientId + "/legal-hold/lift", ADMIN, 302),
				// a copy of the whole record: admin and the therapist in the client's care produce, watch,
				// download and release it (a second release, and a retry of what is written, are refused
				// with a redirect); a therapist outside the client's care finds nothing; the desk never
				new Rule(HttpMethod.POST, client + "/record-exports?token=" + UUID.randomUUID(), CLINICAL, 302),
				new Rule(HttpMethod.GET, client + "/record-exports/" + this.exportId, CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/record-exports/" + this.exportId + "/progress", CLINICAL, 200),
				new Rule(HttpMethod.GET, client + "/record-exports/" + this.exportId + "/pdf", CLINICAL, 200),
				new Rule(HttpMethod.POST, client + "/record-exports/" + this.exportId + "/release", CLINICAL, 302),
				new Rule(HttpMethod.POST, client + "/record-exports/" + this.exportId + "/retry", CLINICAL, 302),
				new Rule(HttpMethod.POST, elsewhere + "/record-exports?token=" + UUID.randomUUID(), ADMIN, 302,
						THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/record-exports/" + this.elsewhereExportId, ADMIN, 200, THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/record-exports/" + this.elsewhereExportId + "/progress", ADMIN, 200,
						THERAPIST),
				new Rule(HttpMethod.GET, elsewhere + "/record-exports/" + this.elsewhereExportId + "/pdf", ADMIN, 200,
						THERAPIST),
				new Rule(HttpMethod.POST, elsewhere + "/record-exports/" + this.elsewhereExportId + "/release", ADMIN, 302,
						THERAPIST),
				// clients' requests: admin sees all, a therapist those of clients in their care
				new Rule(HttpMethod.GET, "/record-requests", CLINICAL, 200),
				// the client's own record: asked for once while open; another client's copy is not found
				new Rule(HttpMethod.GET, "/me/record", EnumSet.of(Visitor.CLIENT), 200),
				new Rule(HttpMethod.POST, "/me/record?token=" + UUID.randomUUID(), EnumSet.of(Visitor.CLIENT), 302),
				new Rule(HttpMethod.GET, "/me/record/" + this.exportId + ".pdf", EnumSet.of(Visitor.CLIENT), 404),
				new Rule(HttpMethod.GET, "/actuator/env", NOBODY, 0),
				new Rule(HttpMethod.GET, "/no-such-page", NOBODY, 0));
	}

	/**
	 * Every route Holdspace answers is a row above, for every method it takes: a new page without
	 * a row fails here, before anyone relies on the default refusal alone.
	 */
	@Test
	void everyRouteOfTheApplicationIsInTheMatrix() {
		List<String> missing = new ArrayList<>();
		this.handlerMapping.getHandlerMethods().forEach((mapping, handler) -> {
			if (handler.getBeanType().getName().startsWith("org.springframework")
					|| handler.getBeanType().equals(com.holdspace.FailingPageController.class)) {
				return;
			}
			Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
			for (PathPattern pattern : mapping.getPathPatternsCondition().getPatterns()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					boolean covered = rules().stream()
						.anyMatch(rule -> rule.method().name().equals(method.name())
								&& pattern.matches(PathContainer.parsePath(rule.path().split("\\?")[0])));
					if (!covered) {
						missing.add(method + " " + pattern.getPatternString());
					}
				}
			}
		});
		assertThat(missing).as("routes without a row in the access matrix").isEmpty();
	}

	Stream<Arguments> everyRuleForEveryVisitor() {
		List<Arguments> cases = new ArrayList<>();
		for (Rule rule : rules()) {
			for (Visitor visitor : Visitor.values()) {
				cases.add(Arguments.of(rule.method() + " " + rule.path(), visitor, rule));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("everyRuleForEveryVisitor")
	void eachVisitorGetsWhatTheRuleSays(String name, Visitor visitor, Rule rule) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(rule.method(), rule.path());
		if (rule.method() == HttpMethod.POST) {
			request.with(csrf());
		}
		if (visitor != Visitor.ANONYMOUS) {
			request.with(user(this.users.loadUserByUsername(this.logins.get(visitor))));
		}
		var result = this.mvc.perform(request);
		if (rule.allowed().contains(visitor)) {
			result.andExpect(status().is(rule.allowedStatus()));
		}
		else if (rule.hidden().contains(visitor)) {
			result.andExpect(status().isNotFound());
		}
		else if (visitor == Visitor.ANONYMOUS) {
			result.andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		else {
			result.andExpect(status().isForbidden());
		}
	}

}
