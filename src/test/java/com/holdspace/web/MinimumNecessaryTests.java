package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.HttpVisitor;
import com.holdspace.IntegrationTest;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.consent.ConsentFixtures;
import com.holdspace.messaging.MessagingFixtures;
import com.holdspace.staff.PortalAccounts;
import com.holdspace.web.ClinicJourney.Field;

/**
 * The minimum necessary: the front desk books and greets, so it never reads a trigger, a screening
 * answer, a session note, the client's words, aftercare or why a consent was withdrawn. Markers
 * planted in each of those are looked for in every response the desk can get, by following every
 * link from its pages and by asking for every page of the app for this client, this booking and
 * this session, refusals and JSON included; then the same for another client's portal, and in the
 * therapist's calendar feed that anyone holding its link can read. The desk's own note, and the other
 * client's own name, are found where they belong, so a crawl that reaches nothing cannot pass.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinimumNecessaryTests {

	/** Enough for every page of one client and the desk's lists, with room to spare. */
	private static final int MOST_PAGES = 300;

	private static final int DEEPEST = 4;

	private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

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
	MessagingFixtures messaging;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	/** The clinical fields, each with a marker of its own. */
	private final Map<Field, String> markers = new EnumMap<>(Field.class);

	/** Written where the desk works: it must be found, or the crawl proves nothing. */
	private final String deskNote = "CONTROL-DESK-" + this.run;

	private ClinicJourney.Story story;

	@BeforeAll
	void markersPlantedInEveryClinicalField() throws Exception {
		for (Field field : Field.values()) {
			String kind = switch (field) {
				case TRIGGERS -> "TRIGGER";
				case SAFETY_CONCERNS, STOP_CONDITIONS, DRAPING, START_SIGNAL, GOALS, TRAUMA_AREAS, SENSITIVE_TOPICS,
						PROVIDER_NAME, PROVIDER_CONTACT, MEDICAL_CONDITIONS, MEDICATIONS, ANYTHING_ELSE, STAFF_NOTES,
						BODY_NOTE ->
					"SCREEN";
				case ARRIVAL, CLIENTS_WORDS, PAUSE_WHY, GROUNDING, SUBJECTIVE, OBJECTIVE, ASSESSMENT, PLAN,
						SESSION_REFERRAL, AMENDMENT_REASON, AMENDMENT_BODY ->
					"SESSION";
				case AFTERCARE_NOTES, WATCH_FOR, AFTERCARE_REFERRAL, CHECK_IN_WORDS -> "AFTERCARE";
				case WITHDRAWAL_REASON -> "CONSENT";
				default -> null;
			};
			if (kind != null) {
				this.markers.put(field, "MARKER-" + kind + "-" + field.name().replace('_', '-') + "-" + this.run);
			}
		}
		Map<Field, String> desk = Map.of(Field.LEGAL_NAME, "Minna Necessary " + this.run, Field.PREFERRED_NAME,
				"Minna", Field.PRONOUNS, "she/her", Field.FRONT_DESK_NOTES, this.deskNote, Field.CONTACT_NAME,
				"Nell Necessary", Field.CONTACT_RELATIONSHIP, "Sister", Field.CANCEL_REASON, "Her car broke down",
				Field.WAITLIST_NOTE, "Mornings suit her", Field.THERAPIST_NAME, "Theo Necessary", Field.SIGN_IN_EMAIL,
				"someone@example.org");
		this.story = new ClinicJourney(this.mvc, this.fixtures, this.bookings, this.consents, this.portalAccounts,
				this.users, this.jdbc)
			.write(field -> this.markers.containsKey(field) ? this.markers.get(field) : desk.get(field));
	}

	@Test
	void theFrontDeskFindsNoClinicalMarkerOnAnyPageItCanReach() {
		var desk = new HttpVisitor(this.port);
		desk.signIn(this.story.deskLogin(), Fixtures.PASSWORD);

		Crawl crawl = crawl(desk, List.of("/", "/clients", "/clients?q=Minna", "/calendar",
				"/clients/" + this.story.clientId(), "/bookings/" + this.story.bookingId(), "/waitlist", "/schedule",
				"/calendar/therapists/" + this.story.therapistId() + "?date=" + this.story.bookingDay(),
				"/calendar/rooms/" + this.story.roomId() + "?date=" + this.story.bookingDay()), everyPageOfTheStory());

		assertThat(crawl.responses()).as("pages the desk was answered").isGreaterThan(60);
		assertThat(crawl.text()).as("the desk's own note, on the client's page").contains(this.deskNote);
		assertThat(found(crawl.text())).as("clinical markers the front desk could read").isEmpty();
		System.out.println("Minimum necessary: front desk crawled " + crawl.responses() + " responses");
	}

	@Test
	void anotherClientFindsNoClinicalMarkerInTheirPortal() {
		String otherName = "Ottilie Elsewhere " + this.run;
		String other = this.fixtures.clientWithLogin(otherName);
		var portal = new HttpVisitor(this.port);
		portal.signIn(other, Fixtures.PASSWORD);

		Crawl crawl = crawl(portal, List.of("/", "/me"), everyPageOfTheStory());

		assertThat(crawl.text()).as("their own name, on their own page").contains(otherName);
		assertThat(found(crawl.text())).as("clinical markers another client could read").isEmpty();
		System.out.println("Minimum necessary: another client crawled " + crawl.responses() + " responses");
	}

	@Test
	void theCalendarFeedCarriesNoClinicalMarker() {
		String token = this.messaging.feedFor(this.story.therapistId());
		var anyone = new HttpVisitor(this.port);

		HttpResponse<String> feed = anyone.get("/feeds/" + token + ".ics");

		assertThat(feed.statusCode()).isEqualTo(200);
		assertThat(feed.body()).as("the booking is in the feed").contains("BEGIN:VEVENT");
		assertThat(found(feed.body())).isEmpty();
	}

	/**
	 * The markers are plain words in the pages that should show them: a therapist finds each one, so
	 * their absence from the desk's pages is the desk's, not the marker's.
	 */
	@Test
	void theTreatingTherapistFindsEveryMarker() {
		var therapist = new HttpVisitor(this.port);
		therapist.signIn(this.story.therapistLogin(), Fixtures.PASSWORD);
		String client = "/clients/" + this.story.clientId();
		StringBuilder text = new StringBuilder();
		for (String path : List.of(client + "/intake", "/sessions/" + this.story.signedSessionId(), client,
				client + "/consent/records/" + this.story.withdrawnConsentId())) {
			text.append(therapist.get(path).body());
		}
		assertThat(text.toString()).contains(this.markers.values());
	}

	/** Every GET of the app for this story's client, booking, sessions and plan, whoever may read it. */
	private List<String> everyPageOfTheStory() {
		String client = "/clients/" + this.story.clientId();
		String consent = client + "/consent/records/" + this.story.withdrawnConsentId();
		String signed = "/sessions/" + this.story.signedSessionId();
		String day = "?view=day&date=" + this.story.bookingDay();
		return List.of("/", "/clients", "/clients?q=" + URLEncoder.encode("Minna", StandardCharsets.UTF_8),
				"/clients/new", client, client + "/edit", client + "/intake", client + "/intake/edit",
				client + "/intake/flags", client + "/intake/versions/1", client + "/intake/versions/2",
				client + "/intake/compare?from=1&to=2", client + "/intake/self-fill", client + "/intake/self-fill/thanks",
				client + "/consent", consent, consent + "/pdf",
				client + "/consent/records/" + this.story.treatmentConsentId(), client + "/consent/TREATMENT/sign",
				client + "/consent/PROVIDER_COMMUNICATION/sign/done", "/calendar",
				"/calendar/therapists/" + this.story.therapistId() + day,
				"/calendar/rooms/" + this.story.roomId() + day, "/bookings/new",
				"/bookings/new?clientId=" + this.story.clientId(), "/bookings/" + this.story.bookingId(),
				"/bookings/" + this.story.cancelledBookingId(), "/waitlist",
				"/waitlist/new?clientId=" + this.story.clientId(), "/calendar/feed", "/schedule",
				"/schedule/therapists/" + this.story.therapistId(), signed, "/sessions/" + this.story.openSessionId(),
				client + "/sessions", signed + "/aftercare/sheet", "/me", "/me/plans/" + this.story.planId(),
				"/me/plans/" + this.story.planId() + "/pdf", "/me/consents/" + this.story.withdrawnConsentId() + "/pdf",
				"/admin/audit", "/admin/audit?clientId=" + this.story.clientId(),
				"/admin/audit/export?clientId=" + this.story.clientId(), "/admin/staff",
				"/admin/staff/" + this.story.therapistId(), "/admin/consent", "/admin/aftercare", "/admin/settings",
				"/kiosk/unlock", "/no-such-page", "/clients/" + Long.MAX_VALUE, "/sessions/" + Long.MAX_VALUE);
	}

	record Crawl(int responses, String text) {
	}

	/**
	 * Follows every same-origin link from the seeds, a few steps deep, then asks for each of the
	 * pages as well; keeps every body, status and header it was answered with.
	 */
	private static Crawl crawl(HttpVisitor visitor, List<String> seeds, List<String> pages) {
		Set<String> seen = new LinkedHashSet<>();
		Deque<Map.Entry<String, Integer>> queue = new ArrayDeque<>();
		seeds.forEach(seed -> queue.add(Map.entry(seed, 0)));
		pages.forEach(page -> queue.add(Map.entry(page, DEEPEST)));
		StringBuilder text = new StringBuilder();
		int responses = 0;
		while (!queue.isEmpty() && responses < MOST_PAGES) {
			var next = queue.poll();
			if (!seen.add(next.getKey())) {
				continue;
			}
			HttpResponse<String> response = visitor.get(next.getKey());
			responses++;
			text.append("\n== ").append(next.getKey()).append(' ').append(response.statusCode()).append('\n');
			response.headers().map().forEach((name, values) -> text.append(name).append(": ").append(values).append('\n'));
			text.append(response.body());
			if (next.getValue() >= DEEPEST) {
				continue;
			}
			Matcher link = LINK.matcher(response.body());
			while (link.find()) {
				String path = sameOrigin(link.group(1).replace("&amp;", "&"));
				if (path != null && !seen.contains(path)) {
					queue.add(Map.entry(path, next.getValue() + 1));
				}
			}
		}
		return new Crawl(responses, text.toString());
	}

	/** A link's path on Holdspace itself, or null for another site, a file, a fragment or signing out. */
	private static String sameOrigin(String href) {
		String path = href.replaceFirst("^https?://localhost:\\d+", "").replaceFirst("#.*$", "");
		if (!path.startsWith("/") || path.startsWith("//")) {
			return null;
		}
		for (String skip : List.of("/logout", "/css/", "/js/", "/fonts/", "/favicon", "/login")) {
			if (path.startsWith(skip)) {
				return null;
			}
		}
		return path;
	}

	private List<String> found(String text) {
		List<String> found = new ArrayList<>(this.markers.values().stream().filter(text::contains).toList());
		// other tests' clients share the database: only this run's markers count, whatever field they came from
		Matcher any = Pattern.compile("MARKER-[A-Z-]+-" + this.run).matcher(text);
		while (any.find()) {
			found.add(any.group());
		}
		return found;
	}

}
