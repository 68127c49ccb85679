package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import com.holdspace.aftercare.CheckInAnswer;
import com.holdspace.aftercare.HandedOverPlan;
import com.holdspace.aftercare.PlanSheet;
import com.holdspace.booking.BookingStatus;
import com.holdspace.booking.BookingView;
import com.holdspace.client.ClientView;
import com.holdspace.client.ContactMethod;
import com.holdspace.client.EmergencyContact;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentMethod;
import com.holdspace.consent.ConsentRecord;
import com.holdspace.intake.BodyRegion;
import com.holdspace.intake.CheckInFrequency;
import com.holdspace.intake.Contraindication;
import com.holdspace.intake.GenderPreference;
import com.holdspace.intake.IntakeForm;
import com.holdspace.intake.IntakeVersionInFull;
import com.holdspace.intake.Pressure;
import com.holdspace.intake.RegionState;
import com.holdspace.intake.StopSignalKind;

/** Each mapping on its own, from made-up views, through HAPI FHIR's validator. */
@Tag("fast")
class FhirMappingTests {

	private static final Instant NOW = Instant.parse("2026-06-12T15:00:00Z");

	private final FhirIds ids = new FhirIds("https://clinic.example/");

	private final FhirScope scope = new FhirScope(this.ids, ZoneId.of("Europe/London"), 7, "Zoë Ångström");

	@Test
	void idsAreTheSameForTheSameRowAndClinic() {
		assertThat(this.ids.id("Patient", 7)).isEqualTo(new FhirIds("https://clinic.example").id("Patient", 7))
			.isNotEqualTo(this.ids.id("Patient", 8))
			.isNotEqualTo(new FhirIds("https://other.example").id("Patient", 7));
		assertThat(this.ids.canonical(FhirIntake.QUESTIONNAIRE))
			.isEqualTo("https://clinic.example/fhir/Questionnaire/safe-intake");
	}

	@Test
	void timesAreWrittenInTheClinicsZone() {
		assertThat(this.scope.dateTime(NOW).getValueAsString()).isEqualTo("2026-06-12T16:00:00+01:00");
	}

	@Test
	void theIntakesAnswersFitTheirQuestions() {
		var intake = new FhirIntake(this.scope, new FhirWords(messages(), Locale.UK));
		Questionnaire form = intake.questionnaire("Holdspace clinic");
		assertThat(form.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
			.startsWith("emergencyContactsConfirmed", "safetyConcerns", "stopConditions")
			.contains("pressure", "surgeryDate", "contraindicatedRegions")
			.endsWith("bodyMap");
		assertThat(form.getItem().get(2).getText()).isEqualTo("What would make you want to stop the session? (in your own words)");
		assertThat(item(form, "pressure").getType()).isEqualTo(Questionnaire.QuestionnaireItemType.CHOICE);
		assertThat(item(form, "contraindicatedRegions").getRepeats()).isTrue();
		assertThat(item(form, "surgeryDate").getType()).isEqualTo(Questionnaire.QuestionnaireItemType.DATE);
		assertThat(item(form, "stopSignal").getType()).isEqualTo(Questionnaire.QuestionnaireItemType.STRING);
		assertThat(item(form, "goals").getType()).isEqualTo(Questionnaire.QuestionnaireItemType.TEXT);

		QuestionnaireResponse second = intake.response(version(2, NOW, true));
		assertThat(second.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED);
		assertThat(second.getSource().getReference()).isEqualTo(this.scope.patient().getReference());

		Bundle bundle = bundle(writer -> {
			writer.add(new FhirPeople(this.scope).patient(client()));
			writer.add(new FhirPeople(this.scope).practitioner(3, "Maya Okafor"));
			writer.add(new FhirPeople(this.scope).clinic("Holdspace clinic"));
			writer.add(form);
			writer.add(intake.response(version(1, NOW.minusSeconds(86_400), false)));
			writer.add(second);
		});
		assertValid(bundle);
	}

	@Test
	void bookingsConsentsAndPlansAreValid() {
		var appointments = new FhirAppointments(this.scope);
		var consents = new FhirConsents(this.scope);
		var plans = new FhirCarePlans(this.scope, new FhirCodes(this.ids));
		BookingView cancelled = booking(41, BookingStatus.CANCELLED, NOW.plusSeconds(86_400), "Client is unwell");
		Bundle bundle = bundle(writer -> {
			writer.add(new FhirPeople(this.scope).patient(client()));
			writer.add(new FhirPeople(this.scope).practitioner(3, "Maya Okafor"));
			writer.add(new FhirPeople(this.scope).clinic("Holdspace clinic"));
			writer.add(appointments.appointment(booking(40, BookingStatus.CHECKED_IN, NOW.minusSeconds(7_200), null), NOW));
			writer.add(appointments.appointment(cancelled, NOW));
			writer.add(appointments.appointment(booking(42, BookingStatus.NO_SHOW, NOW.minusSeconds(90_000), null), NOW));
			writer.add(appointments.appointment(booking(43, BookingStatus.BOOKED, NOW.plusSeconds(900_000), null), NOW));
			writer.add(new FhirCodes(this.ids).codeSystem("Holdspace clinic"));
			writer.add(consents.consent(new ConsentRecord(50, ConsentKind.TREATMENT, ConsentMethod.WRITTEN,
					"Treatment consent", 2, "Zoë Ångström", NOW.minusSeconds(600_000), "Maya Okafor", null, null, null,
					null, null, "ab12", true, null)));
			writer.add(consents.consent(new ConsentRecord(51, ConsentKind.PROVIDER_COMMUNICATION, ConsentMethod.VERBAL,
					"Talking with your provider", 1, "Zoë Ångström", NOW.minusSeconds(500_000), "Maya Okafor", 40L,
					"Dr Asha Rao", "asha.rao@example.org", "Whether body work suits her", LocalDate.of(2027, 6, 1), "cd34",
					true, new ConsentRecord.Withdrawal(true, "No longer wishes us to call", "Maya Okafor",
							NOW.minusSeconds(1_000)))));
			plans.plan(new HandedOverPlan(70, plan(60, LocalDate.of(2026, 6, 14), null),
					List.of(new CheckInAnswer(4, "Slept well", NOW.minusSeconds(3_600), false))), true)
				.forEach(writer::add);
			writer.add(plans.carePlan(plan(61, null, NOW.minusSeconds(300_000)), false, null,
					FhirScope.named("Maya Okafor")));
		});
		assertThat(bundle.getEntry()).hasSize(13);
		assertValid(bundle);
	}

	static void assertValid(Bundle bundle) {
		String json = FhirValidation.FHIR.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
		try {
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/fhir"));
			java.nio.file.Files.writeString(java.nio.file.Path.of("target/fhir/mapping-" + bundle.getEntry().size() + ".json"), json);
		}
		catch (java.io.IOException ignored) {
		}
		var outcome = FhirValidation.validate(json);
		System.out.println("FHIR validation: " + outcome.errors().size() + " errors, " + outcome.warnings().size()
				+ " warnings" + outcome.describeWarnings());
		assertThat(outcome.errors()).as(outcome.describeErrors()).isEmpty();
	}

	private Bundle bundle(java.util.function.Consumer<FhirBundleWriter> entries) {
		var out = new ByteArrayOutputStream();
		var writer = new FhirBundleWriter(FhirValidation.FHIR, out, UUID.randomUUID().toString(), NOW);
		entries.accept(writer);
		writer.finish();
		return FhirValidation.FHIR.newJsonParser()
			.parseResource(Bundle.class, new String(out.toByteArray(), StandardCharsets.UTF_8));
	}

	private static Questionnaire.QuestionnaireItemComponent item(Questionnaire form, String linkId) {
		return form.getItem().stream().filter(item -> item.getLinkId().equals(linkId)).findFirst().orElseThrow();
	}

	static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	static ClientView client() {
		return new ClientView(7, "Zoë Ångström", "Zoë", "she/her", LocalDate.of(1991, 3, 14), "+44 7700 900123",
				"zoe@example.org", ContactMethod.EMAIL, 3L,
				List.of(new EmergencyContact("Lars Ångström", "Brother", "+44 7700 900456")));
	}

	private BookingView booking(long id, BookingStatus status, Instant startsAt, String reason) {
		return new BookingView(id, 0, 7, "Zoë", 3, "Maya Okafor", 2, "Willow room", 1, "Extended session", startsAt,
				startsAt.plusSeconds(5_400), startsAt.plusSeconds(6_000), status, reason, UUID.randomUUID(), 0, false,
				null);
	}

	private static PlanSheet plan(long id, LocalDate followUp, Instant readAt) {
		return new PlanSheet(id, "Maya Okafor",
				List.of(new PlanSheet.Item("Hydration", "Drink water through the evening"),
						new PlanSheet.Item("Quiet before leaving", null)),
				"Be gentle with yourself this evening.", followUp, true, "Dr Rao, weekly", "Waves that do not settle",
				"Call the clinic on 020 7946 0000", "Samaritans 116 123", NOW.minusSeconds(400_000), readAt);
	}

	private static IntakeVersionInFull version(int number, Instant completedAt, boolean clientAnswered) {
		return new IntakeVersionInFull(number, completedAt, "Maya Okafor", number > 1, answers(), List.of(),
				(number > 1) ? List.of(new IntakeVersionInFull.Change("Are you pregnant?", "No", "Yes")) : List.of(),
				clientAnswered ? new IntakeVersionInFull.ClientsPart(true, completedAt.minusSeconds(3_600),
						completedAt.minusSeconds(600), completedAt.minusSeconds(600), null, List.of(), List.of()) : null);
	}

	static IntakeForm answers() {
		var answers = new IntakeForm();
		answers.setEmergencyContactsConfirmed(true);
		answers.setStopConditions("If I feel I cannot breathe out");
		answers.setPressure(Pressure.ASK_EACH_TIME);
		answers.setTherapistGender(GenderPreference.NO_PREFERENCE);
		answers.setWantsExperiencedTherapist(true);
		answers.setStopSignalKind(StopSignalKind.WORD);
		answers.setStopSignal("pause");
		answers.setStartSignal("ready");
		answers.setCheckInFrequency(CheckInFrequency.EACH_NEW_AREA);
		answers.setSensationsExplained(true);
		answers.setGoals("Less tightness in the chest");
		answers.setAcknowledgesEmotionalResponses(true);
		answers.setHopesForRelease(false);
		answers.setHadReleaseBefore(true);
		answers.setPtsd(true);
		answers.setAnxietyDisorder(false);
		answers.setDepression(false);
		answers.setSevereTrauma(false);
		answers.setFlashbacks(false);
		answers.setSevereDissociation(false);
		answers.setSuicidalThoughts(false);
		answers.setSubstanceUseToday(false);
		answers.setRecentSurgery(true);
		answers.setSurgeryDate(LocalDate.of(2026, 5, 1));
		answers.setSurgeryWhat("Knee arthroscopy");
		answers.setPregnant(false);
		answers.setUncontrolledSymptoms(false);
		answers.setContraindicatingCondition(Contraindication.UNSURE);
		answers.setContraindicatedRegions(java.util.EnumSet.of(BodyRegion.CALF_LEFT, BodyRegion.SHIN_FOOT_LEFT));
		answers.getBodyMap().get(BodyRegion.CHEST).setState(RegionState.CARE);
		answers.getBodyMap().get(BodyRegion.CHEST).setNote("slow, with check-ins");
		answers.getBodyMap().get(BodyRegion.NECK_FRONT).setState(RegionState.AVOID);
		return answers;
	}

}
