package com.holdspace.records;

import static com.holdspace.SignedIn.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import com.holdspace.Fixtures;
import com.holdspace.IntegrationTest;
import com.holdspace.StatementCounter;
import com.holdspace.TestClock;
import com.holdspace.aftercare.AftercareFixtures;
import com.holdspace.booking.Actor;
import com.holdspace.booking.BookingFixtures;
import com.holdspace.booking.BookingService;
import com.holdspace.session.SessionFixtures;
import com.holdspace.shared.ReferenceData;
import com.holdspace.staff.Role;

/**
 * A client's whole record as FHIR R4, built from the database as the clinic fetches it and checked by
 * HAPI FHIR's validator against the base R4 profiles: no errors, every reference inside the bundle.
 */
@IntegrationTest
class FhirRecordTests {

	@Autowired
	FhirRecordDocument document;

	@Autowired
	RecordFixtures records;

	@Autowired
	SessionFixtures sessions;

	@Autowired
	AftercareFixtures aftercare;

	@Autowired
	BookingFixtures booking;

	@Autowired
	BookingService bookings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReferenceData referenceData;

	/**
	 * The demo clinic's Zoë, made the same way: two intake versions (the second changes answers and
	 * raises a hold), the hold referred and cleared, treatment consent and a consent to talk with her
	 * provider, withdrawn; a booking next week and one cancelled; three signed sessions with tension
	 * before and after, taps, an amendment, two plans handed over and a check-in.
	 */
	private RecordFixtures.Whole demoClient() {
		RecordFixtures.Whole whole = this.records.wholeRecord();
		this.records.signedSessions(whole.clientId(), whole.therapistId(), 2);
		long bulkSession = this.jdbc.queryForObject(
				"select id from session_record where client_id = ? and id <> ? order by started_at desc limit 1", Long.class,
				whole.clientId(), whole.sessionId());
		String login = this.jdbc.queryForObject("select email from account where id = ?", String.class,
				whole.therapistId());
		this.aftercare.handOver(new AftercareFixtures.Client(whole.clientId(), login), bulkSession,
				"Notice how your chest feels when you drive this week", TestClock.today().plusDays(2));
		var cancelled = this.booking.book(whole.clientId(), this.booking.extended(), whole.therapistId(),
				this.booking.room(), this.booking.at(2, DayOfWeek.THURSDAY, 14, 0));
		this.bookings.cancel(cancelled.id(), cancelled.version(), "Unwell this week", new Actor(null, "Test desk"));
		return whole;
	}

	@Test
	void theDemoClientsRecordIsValidFhirWithEveryReferenceInside() {
		RecordFixtures.Whole zoe = demoClient();

		String json = write(zoe.clientId());
		Bundle bundle = FhirValidation.FHIR.newJsonParser().parseResource(Bundle.class, json);
		FhirValidation.Outcome outcome = FhirValidation.validate(json);

		System.out.println("FHIR R4 bundle of the demo client: " + bundle.getEntry().size() + " entries, "
				+ json.getBytes(StandardCharsets.UTF_8).length + " bytes; validator: " + outcome.errors().size()
				+ " errors, " + outcome.warnings().size() + " warnings, " + outcome.information().size()
				+ " information" + outcome.describeWarnings());
		assertThat(outcome.errors()).as(outcome.describeErrors()).isEmpty();

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Map<String, Long> counts = bundle.getEntry()
			.stream()
			.collect(Collectors.groupingBy(entry -> entry.getResource().fhirType(), Collectors.counting()));
		assertThat(counts).containsEntry("Patient", 1L)
			.containsEntry("Organization", 1L)
			.containsEntry("CodeSystem", 1L)
			.containsEntry("Questionnaire", 1L)
			.containsEntry("QuestionnaireResponse", 2L)
			.containsEntry("Consent", 2L)
			.containsEntry("Flag", 1L)
			.containsEntry("Encounter", 3L)
			.containsEntry("ClinicalImpression", 3L)
			.containsEntry("CarePlan", 2L)
			.containsEntry("Appointment", 2L)
			.containsEntry("Practitioner", 1L);
		// tension before and after for each of the three sessions, and the one check-in
		assertThat(counts).containsEntry("Observation", 3L * 2 + 1);

		assertEveryReferenceIsInside(bundle);

		List<Encounter> encounters = all(bundle, Encounter.class);
		assertThat(encounters).allSatisfy(encounter -> {
			assertThat(encounter.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
			assertThat(encounter.getClass_().getCode()).isEqualTo("AMB");
		});
		List<Observation> tension = all(bundle, Observation.class).stream()
			.filter(observation -> observation.getCode().getCodingFirstRep().getCode().startsWith("tension-"))
			.toList();
		assertThat(tension).hasSize(6).allSatisfy(observation -> {
			assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
			assertThat(observation.getValueIntegerType().getValue()).isBetween(0, 10);
		});
		assertThat(all(bundle, QuestionnaireResponse.class)).extracting(QuestionnaireResponse::getStatus)
			.containsExactly(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED,
					QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED);
		assertThat(all(bundle, QuestionnaireResponse.class)).allSatisfy(response -> assertThat(response.getQuestionnaire())
			.isEqualTo(all(bundle, Questionnaire.class).get(0).getUrl()));
		assertThat(all(bundle, Questionnaire.class).get(0).getUrl()).endsWith("/fhir/Questionnaire/safe-intake");
		Flag hold = all(bundle, Flag.class).get(0);
		assertThat(hold.getStatus()).isEqualTo(Flag.FlagStatus.INACTIVE);
		assertThat(hold.getPeriod().hasEnd()).isTrue();
		assertThat(all(bundle, Consent.class)).extracting(Consent::getStatus)
			.containsExactlyInAnyOrder(Consent.ConsentState.ACTIVE, Consent.ConsentState.INACTIVE);
		assertThat(all(bundle, Appointment.class)).extracting(Appointment::getStatus)
			.containsExactlyInAnyOrder(Appointment.AppointmentStatus.BOOKED, Appointment.AppointmentStatus.CANCELLED);
		assertThat(all(bundle, Appointment.class)).filteredOn(a -> a.getStatus() == Appointment.AppointmentStatus.CANCELLED)
			.singleElement()
			.satisfies(cancelled -> assertThat(cancelled.getCancelationReason().getText()).isEqualTo("Unwell this week"));
		assertThat(all(bundle, CarePlan.class)).extracting(CarePlan::getStatus)
			.containsExactly(CarePlan.CarePlanStatus.COMPLETED, CarePlan.CarePlanStatus.ACTIVE);

		// the same rows make the same ids: a second export can be matched entry by entry
		Bundle again = FhirValidation.FHIR.newJsonParser().parseResource(Bundle.class, write(zoe.clientId()));
		assertThat(fullUrls(again)).isEqualTo(fullUrls(bundle));
	}

	@Test
	void twoHundredSessionsMeasured() {
		var setting = this.sessions.readyClientBooked();
		this.records.signedSessions(setting.clientId(), setting.therapistId(), 200);
		write(setting.clientId());

		long started = System.nanoTime();
		String json = write(setting.clientId());
		long builtMillis = (System.nanoTime() - started) / 1_000_000;
		int bytes = json.getBytes(StandardCharsets.UTF_8).length;
		Bundle bundle = FhirValidation.FHIR.newJsonParser().parseResource(Bundle.class, json);

		System.out.printf("FHIR R4 bundle, 200 signed sessions: %d entries, %,d bytes, built in %d ms%n",
				bundle.getEntry().size(), bytes, builtMillis);
		// the demo client's bundle validates every kind of entry on every build; these 200 sessions are the
		// same shapes again, and their validation (about 40 s) runs when asked for
		if (Boolean.getBoolean("holdspace.fhir.validate-large")) {
			started = System.nanoTime();
			FhirValidation.Outcome outcome = FhirValidation.validate(json);
			System.out.printf("validated in %d ms: %d errors, %d warnings%n", (System.nanoTime() - started) / 1_000_000,
					outcome.errors().size(), outcome.warnings().size());
			assertThat(outcome.errors()).as(outcome.describeErrors()).isEmpty();
		}
		assertThat(all(bundle, Encounter.class)).hasSize(200);
		assertThat(all(bundle, Observation.class)).hasSize(400);
		assertEveryReferenceIsInside(bundle);
	}

	@Test
	void theEndpointAnswersAdminAndTheTreatingTherapistAndNobodyElse() throws Exception {
		var setting = this.sessions.readyClientBooked();
		this.records.signedSessions(setting.clientId(), setting.therapistId(), 3);
		String path = "/clients/" + setting.clientId() + "/record.fhir.json";
		UserDetails admin = this.sessions.staff(Role.ADMIN);

		for (UserDetails reader : List.of(admin, this.sessions.login(setting.therapistLogin()))) {
			var response = this.mvc.perform(get(path).with(user(reader))).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("application/fhir+json");
			assertThat(response.getHeader("Content-Disposition"))
				.isEqualTo("attachment; filename=\"client-" + setting.clientId() + "-record.fhir.json\"");
			assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
			Bundle bundle = FhirValidation.FHIR.newJsonParser()
				.parseResource(Bundle.class, response.getContentAsString(StandardCharsets.UTF_8));
			assertThat(all(bundle, Encounter.class)).hasSize(3);
			assertThat(this.jdbc.queryForObject("""
					select count(*) from audit_event where actor = ? and client_id = ? and action = 'EXPORT'
					    and subject = ?""", Integer.class, reader.getUsername(), setting.clientId(), "GET " + path))
				.isEqualTo(1);
		}

		UserDetails otherTherapist = this.sessions.staff(Role.THERAPIST);
		assertThat(this.mvc.perform(get(path).with(user(otherTherapist))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(get(path).with(user(this.sessions.staff(Role.FRONT_DESK))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		// a HEAD is served by the GET handler: the desk is refused it before the record is read
		assertThat(this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(path)
			.with(user(this.sessions.staff(Role.FRONT_DESK)))).andReturn().getResponse().getStatus()).isEqualTo(403);
		String client = this.fixtures.clientWithLogin("Portal Client");
		assertThat(this.mvc.perform(get(path).with(user(this.sessions.login(client)))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(this.mvc.perform(get("/clients/" + Long.MAX_VALUE + "/record.fhir.json").with(user(admin)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	@Test
	void theEndpointCostsAFixedNumberOfStatementsForEachPageOfSessions() throws Exception {
		UserDetails admin = this.sessions.staff(Role.ADMIN);
		// every client is made first: a new account or room makes each instance read its staff and rooms again
		long[] clients = new long[4];
		for (int pages = 0; pages <= 3; pages++) {
			var setting = this.sessions.readyClientBooked();
			this.records.signedSessions(setting.clientId(), setting.therapistId(),
					Math.max(1, pages * ClientRecordReader.PAGE_SIZE - 1));
			clients[pages] = setting.clientId();
		}
		int[] counts = new int[4];
		for (int pages = 0; pages <= 3; pages++) {
			String path = "/clients/" + clients[pages] + "/record.fhir.json";
			// what each instance keeps in memory (staff names, settings) is kept, as after the first fetch of the day
			this.referenceData.catchUp();
			assertThat(this.mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getStatus())
				.isEqualTo(200);
			this.statements.start();
			try {
				int status = this.mvc.perform(get(path).with(user(admin))).andReturn().getResponse().getStatus();
				assertThat(status).isEqualTo(200);
				counts[pages] = this.statements.stop().size();
			}
			finally {
				this.statements.stop();
			}
		}
		System.out.printf("FHIR export statements: %d for one page of sessions, %d for two, %d for three%n", counts[1],
				counts[2], counts[3]);
		// one session or nineteen: one page, the same statements
		assertThat(counts[1]).isEqualTo(counts[0]);
		assertThat(counts[2] - counts[1]).isEqualTo(SESSION_PAGE_STATEMENTS);
		assertThat(counts[3] - counts[2]).isEqualTo(SESSION_PAGE_STATEMENTS);
		assertThat(counts[1]).isLessThanOrEqualTo(ONE_PAGE_BUDGET);
	}

	/** What one more page of twenty sessions costs: the page, its taps and its amendments. */
	private static final int SESSION_PAGE_STATEMENTS = 3;

	/** The whole record of a client with one page of everything, the sign-in and the audit included. */
	private static final int ONE_PAGE_BUDGET = 20;

	private String write(long clientId) {
		var out = new ByteArrayOutputStream();
		this.document.write(clientId, out, RecordProgress.NONE);
		return out.toString(StandardCharsets.UTF_8);
	}

	static void assertEveryReferenceIsInside(Bundle bundle) {
		Set<String> inside = fullUrls(bundle);
		var terser = FhirValidation.FHIR.newTerser();
		Set<String> outside = new HashSet<>();
		int resolved = 0;
		for (var entry : bundle.getEntry()) {
			// HAPI reads an entry's id back from its full URL: the id written was the UUID itself
			assertThat(entry.getFullUrl()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
			for (Reference reference : terser.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class)) {
				if (reference.hasReference()) {
					resolved++;
					if (!inside.contains(reference.getReference())) {
						outside.add(entry.getResource().fhirType() + " -> " + reference.getReference());
					}
				}
				else {
					// a person outside the clinic, or a name kept as written: a display and nothing to resolve
					assertThat(reference.getDisplay()).isNotBlank();
				}
			}
		}
		assertThat(outside).as("references that point outside the bundle").isEmpty();
		assertThat(resolved).isPositive();
	}

	private static Set<String> fullUrls(Bundle bundle) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).collect(Collectors.toSet());
	}

	static <R extends Resource> List<R> all(Bundle bundle, Class<R> type) {
		return bundle.getEntry()
			.stream()
			.map(Bundle.BundleEntryComponent::getResource)
			.filter(type::isInstance)
			.map(type::cast)
			.toList();
	}


}
