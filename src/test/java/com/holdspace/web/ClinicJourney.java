package com.holdspace.web;

import static com.holdspace.SignedIn.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.SecondFactorCodes;
import com.holdspace.TestClock;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.staff.Role;

/**
 * One client's story written through the forms people type into, over MockMvc as whoever may write
 * each field: the desk registers, books, cancels and puts the client on the waitlist; an admin opens
 * the therapist's account; the therapist takes two intakes, a consent withdrawal, two sessions (one
 * signed and amended) and hands over aftercare; the client answers from the portal; and somebody types
 * a strange email at the sign-in page. What goes into each field comes from the test, so the same
 * story carries XSS payloads or marker strings.
 */
final class ClinicJourney {

	/** Who may type into a field decides which request writes it. */
	enum Field {

		LEGAL_NAME(200), PREFERRED_NAME(100), PRONOUNS(40), FRONT_DESK_NOTES(2000), CONTACT_NAME(120),
		CONTACT_RELATIONSHIP(60), CANCEL_REASON(500), WAITLIST_NOTE(1000), THERAPIST_NAME(120),
		SIGN_IN_EMAIL(200), SAFETY_CONCERNS(2000), STOP_CONDITIONS(2000), DRAPING(1000), START_SIGNAL(60),
		GOALS(2000), TRIGGERS(2000), TRAUMA_AREAS(2000), SENSITIVE_TOPICS(2000), PROVIDER_NAME(200),
		PROVIDER_CONTACT(200), MEDICAL_CONDITIONS(2000), MEDICATIONS(2000), ANYTHING_ELSE(2000),
		STAFF_NOTES(4000), BODY_NOTE(300), WITHDRAWAL_REASON(500), ARRIVAL(1000), CLIENTS_WORDS(1000),
		PAUSE_WHY(1000), GROUNDING(500), SUBJECTIVE(4000), OBJECTIVE(4000), ASSESSMENT(4000), PLAN(4000),
		SESSION_REFERRAL(500), AMENDMENT_REASON(500), AMENDMENT_BODY(4000), AFTERCARE_NOTES(4000),
		WATCH_FOR(2000), AFTERCARE_REFERRAL(500), CHECK_IN_WORDS(500);

		final int max;

		Field(int max) {
			this.max = max;
		}

	}

	/** Where the story can be read back. */
	record Story(long clientId, String deskLogin, String adminLogin, String therapistLogin, long therapistId,
			String portalLogin, long roomId, long bookingId, long cancelledBookingId, LocalDate bookingDay,
			long treatmentConsentId, long withdrawnConsentId, long signedSessionId, long openSessionId, long planId,
			String signInEmail) {
	}

	private static final ZoneId CLINIC = ZoneId.of("Europe/London");

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final BookingFixtures bookings;

	private final ConsentFixtures consents;

	private final PortalAccounts portalAccounts;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	/** Every address a form sent the browser on to, for tests that hold URLs to account. */
	private final List<String> redirects = new ArrayList<>();

	ClinicJourney(MockMvc mvc, Fixtures fixtures, BookingFixtures bookings, ConsentFixtures consents,
			PortalAccounts portalAccounts, UserDetailsService users, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.bookings = bookings;
		this.consents = consents;
		this.portalAccounts = portalAccounts;
		this.users = users;
		this.jdbc = jdbc;
	}

	/** Writes the whole story, each field typed as {@code text} answers for it. */
	Story write(Function<Field, String> text) throws Exception {
		for (Field field : Field.values()) {
			if (text.apply(field).length() > field.max) {
				throw new IllegalArgumentException(field + " holds " + field.max + " characters at most");
			}
		}
		String desk = this.fixtures.staffMember(Role.FRONT_DESK);
		String admin = this.fixtures.staffMember(Role.ADMIN);

		long clientId = id(send(desk, "/clients", Map.of("legalName", text.apply(Field.LEGAL_NAME), "preferredName",
				text.apply(Field.PREFERRED_NAME), "pronouns", text.apply(Field.PRONOUNS), "dateOfBirth", "1985-03-09",
				"email", Fixtures.uniqueEmail("journey"), "preferredContact", "EMAIL", "frontDeskNotes",
				text.apply(Field.FRONT_DESK_NOTES), "emergencyContacts[0].name", text.apply(Field.CONTACT_NAME),
				"emergencyContacts[0].relationship", text.apply(Field.CONTACT_RELATIONSHIP),
				"emergencyContacts[0].phone", "+44 7700 900123"), "/clients/"));

		// the therapist's name is typed by an admin; the authenticator app is set up as Fixtures does
		String therapist = Fixtures.uniqueEmail("therapist");
		long therapistId = id(send(admin, "/admin/staff", Map.of("displayName", text.apply(Field.THERAPIST_NAME),
				"email", therapist, "role", "THERAPIST", "password", Fixtures.PASSWORD), "/admin/staff/"));
		this.jdbc.update("update account set totp_secret = ?, second_factor_since = now() where id = ?",
				SecondFactorCodes.SECRET, therapistId);
		this.bookings.workEveryDay(therapistId, java.time.LocalTime.of(8, 0), java.time.LocalTime.of(18, 0));

		// two intakes, so that a version and a comparison have something on both sides
		completeIntake(therapist, clientId, text, "");
		completeIntake(therapist, clientId, text, " v2");

		long treatment = this.consents.signTreatment(clientId, therapistId);
		long provider = this.consents.signProviderCommunication(clientId, therapistId);
		send(therapist, "/clients/" + clientId + "/consent/records/" + provider + "/withdraw",
				Map.of("withdrawnBy", "CLIENT", "reason", text.apply(Field.WITHDRAWAL_REASON)), "/clients/");

		long roomId = this.bookings.room();
		var startsAt = this.bookings.at(1, DayOfWeek.WEDNESDAY, 10, 0);
		long bookingId = this.bookings.book(clientId, this.bookings.standard(), therapistId, roomId, startsAt).id();
		long cancelled = this.bookings
			.book(clientId, this.bookings.standard(), therapistId, roomId, this.bookings.at(1, DayOfWeek.WEDNESDAY, 14, 0))
			.id();
		send(desk, "/bookings/" + cancelled + "/cancel", Map.of("version", "0", "reason", text.apply(Field.CANCEL_REASON)),
				"/bookings/");

		send(desk, "/waitlist", Map.of("clientId", String.valueOf(clientId), "sessionTypeId",
				String.valueOf(this.bookings.standard()), "windows[0].dayOfWeek", "2", "windows[0].starts", "09:00",
				"windows[0].ends", "12:00", "note", text.apply(Field.WAITLIST_NOTE)), "/clients/");

		long signed = checkedInSession(therapist, clientId, text);
		send(therapist, "/sessions/" + signed + "/entries/WORDS", Map.of("token", UUID.randomUUID().toString(), "words",
				text.apply(Field.CLIENTS_WORDS), "region", "UPPER_BACK"), "/sessions/");
		send(therapist, "/sessions/" + signed + "/entries/PAUSE",
				Map.of("token", UUID.randomUUID().toString(), "words", text.apply(Field.PAUSE_WHY)), "/sessions/");
		send(therapist, "/sessions/" + signed + "/aftercare/hand-over", Map.of("itemIds", firstAftercareItem(), "notes",
				text.apply(Field.AFTERCARE_NOTES), "watchFor", text.apply(Field.WATCH_FOR), "referral",
				text.apply(Field.AFTERCARE_REFERRAL), "followUpOn", TestClock.today().plusDays(3).toString()),
				"/sessions/");
		Map<String, String> notes = new LinkedHashMap<>(notes(text));
		notes.put("version", String.valueOf(version(signed)));
		notes.put("confirmSign", "true");
		send(therapist, "/sessions/" + signed + "/sign", notes, "/sessions/");
		send(therapist, "/sessions/" + signed + "/amendments", Map.of("token", UUID.randomUUID().toString(), "reason",
				text.apply(Field.AMENDMENT_REASON), "body", text.apply(Field.AMENDMENT_BODY)), "/sessions/");

		// a second session still being written: the same notes wait in the form's fields
		long open = checkedInSession(therapist, clientId, text);
		Map<String, String> draft = new LinkedHashMap<>(notes(text));
		draft.put("version", String.valueOf(version(open)));
		var saved = this.mvc.perform(request(therapist, "/sessions/" + open + "/draft", draft)).andReturn().getResponse();
		if (saved.getStatus() != 200) {
			throw new IllegalStateException("The draft was not saved: " + saved.getContentAsString());
		}

		long planId = this.jdbc.queryForObject("select id from aftercare_plan where session_id = ?", Long.class, signed);
		String portal = Fixtures.uniqueEmail("portal");
		this.portalAccounts.open(portal, "Portal login", Fixtures.PASSWORD, clientId);
		send(portal, "/me/plans/" + planId + "/check-in", Map.of("token", UUID.randomUUID().toString(), "feeling", "2",
				"words", text.apply(Field.CHECK_IN_WORDS)), "/me/plans/");

		// somebody types this as their email at the sign-in page; the audit log keeps what was typed
		this.mvc.perform(post("/login").param("username", text.apply(Field.SIGN_IN_EMAIL))
			.param("password", "not the password at all")
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr("198.19.77." + (1 + (int) (Math.random() * 254)));
				return request;
			}));

		return new Story(clientId, desk, admin, therapist, therapistId, portal, roomId, bookingId, cancelled,
				startsAt.atZone(CLINIC).toLocalDate(), treatment, provider, signed, open, planId,
				text.apply(Field.SIGN_IN_EMAIL));
	}

	List<String> redirects() {
		return List.copyOf(this.redirects);
	}

	private void completeIntake(String therapist, long clientId, Function<Field, String> text, String edition)
			throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String no : new String[] { "ptsd", "anxietyDisorder", "depression", "severeTrauma", "flashbacks",
				"severeDissociation", "suicidalThoughts", "substanceUseToday", "recentSurgery", "pregnant",
				"uncontrolledSymptoms", "hopesForRelease", "hadReleaseBefore" }) {
			answers.put(no, "false");
		}
		answers.put("contraindicatingCondition", "NO");
		answers.put("emergencyContactsConfirmed", "true");
		answers.put("pressure", "MODERATE");
		answers.put("therapistGender", "NO_PREFERENCE");
		answers.put("wantsExperiencedTherapist", "true");
		answers.put("stopSignalKind", "WORD");
		answers.put("stopSignal", "pineapple");
		answers.put("checkInFrequency", "EACH_NEW_AREA");
		answers.put("sensationsExplained", "true");
		answers.put("acknowledgesEmotionalResponses", "true");
		answers.put("bodyMap[CHEST].state", "CARE");
		answers.put("bodyMap[ABDOMEN].state", "AVOID");
		answers.put("bodyMap[ABDOMEN].note", fit(text.apply(Field.BODY_NOTE), edition, Field.BODY_NOTE));
		Map<String, Field> typed = Map.ofEntries(Map.entry("safetyConcerns", Field.SAFETY_CONCERNS),
				Map.entry("stopConditions", Field.STOP_CONDITIONS), Map.entry("drapingPreferences", Field.DRAPING),
				Map.entry("startSignal", Field.START_SIGNAL), Map.entry("goals", Field.GOALS),
				Map.entry("triggersToAvoid", Field.TRIGGERS), Map.entry("traumaOrInjuryAreas", Field.TRAUMA_AREAS),
				Map.entry("sensitiveTopics", Field.SENSITIVE_TOPICS), Map.entry("providerName", Field.PROVIDER_NAME),
				Map.entry("providerContact", Field.PROVIDER_CONTACT),
				Map.entry("medicalConditions", Field.MEDICAL_CONDITIONS), Map.entry("medications", Field.MEDICATIONS),
				Map.entry("anythingElse", Field.ANYTHING_ELSE), Map.entry("staffNotes", Field.STAFF_NOTES));
		typed.forEach((name, field) -> answers.put(name, fit(text.apply(field), edition, field)));
		answers.put("completionToken", UUID.randomUUID().toString());
		send(therapist, "/clients/" + clientId + "/intake/complete", answers, "/clients/" + clientId + "/intake");
	}

	/** The second edition adds a word where it fits, so that the comparison has a change to show. */
	private static String fit(String value, String edition, Field field) {
		return (value.length() + edition.length() <= field.max) ? value + edition : value;
	}

	/** A walk-in session started and checked in by its therapist; answers its id. */
	private long checkedInSession(String therapist, long clientId, Function<Field, String> text) throws Exception {
		String started = send(therapist, "/sessions?clientId=" + clientId + "&token=" + UUID.randomUUID(), Map.of(),
				"/sessions/");
		long sessionId = id(started);
		send(therapist, "/sessions/" + sessionId + "/check-in",
				Map.of("version", String.valueOf(version(sessionId)), "phase", "CHECK_IN", "tensionBefore", "6",
						"arrival", text.apply(Field.ARRIVAL), "alcoholOrDrugsToday", "false", "newFlashbacks", "false",
						"harmThoughts", "false", "hadWater", "true", "breathingOffered", "true"),
				"/sessions/");
		return sessionId;
	}

	private static Map<String, String> notes(Function<Field, String> text) {
		Map<String, String> notes = new LinkedHashMap<>();
		notes.put("phase", "NOTES");
		notes.put("groundingDone", "true");
		notes.put("grounding", text.apply(Field.GROUNDING));
		notes.put("tensionAfter", "3");
		notes.put("subjective", text.apply(Field.SUBJECTIVE));
		notes.put("objective", text.apply(Field.OBJECTIVE));
		notes.put("assessment", text.apply(Field.ASSESSMENT));
		notes.put("plan", text.apply(Field.PLAN));
		notes.put("referral", text.apply(Field.SESSION_REFERRAL));
		return notes;
	}

	private int version(long sessionId) {
		return this.jdbc.queryForObject("select version from session_record where id = ?", Integer.class, sessionId);
	}

	private String firstAftercareItem() {
		return String.valueOf(this.jdbc.queryForObject(
				"select id from aftercare_item where active order by sort_order, title limit 1", Long.class));
	}

	/** Posts the form as this person and answers where it went; anything but the expected redirect fails. */
	private String send(String login, String path, Map<String, String> form, String expectedPrefix) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request(login, path, form)).andReturn().getResponse();
		String location = response.getRedirectedUrl();
		if (location != null) {
			this.redirects.add(location);
		}
		if (location == null || !location.startsWith(expectedPrefix)) {
			throw new IllegalStateException("POST " + path + " answered " + response.getStatus() + " to " + location
					+ ", flash " + response.getContentAsString().replaceAll("\\s+", " "));
		}
		return location;
	}

	private org.springframework.test.web.servlet.RequestBuilder request(String login, String path,
			Map<String, String> form) {
		UserDetails who = this.users.loadUserByUsername(login);
		var request = post(path).with(csrf()).with(user(who));
		form.forEach(request::param);
		return request;
	}

	private static long id(String location) {
		String tail = location.replaceAll("[?#].*$", "");
		return Long.parseLong(tail.substring(tail.lastIndexOf('/') + 1));
	}

}
