package com.holdspace.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.ClinicalImpression;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import com.holdspace.session.SessionRecordInFull;

/**
 * A session record as an {@code Encounter} (ambulatory, finished once signed) whose narrative is the
 * whole session as recorded, tap by tap; the tension before and after as {@code Observation}s; and
 * the SOAP notes with every amendment as a {@code ClinicalImpression}. A record not signed yet is
 * {@code in-progress}, its measures {@code preliminary}.
 */
final class FhirSessions {

	static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

	static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

	static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	private final FhirScope scope;

	private final FhirWords words;

	private final FhirCodes codes;

	FhirSessions(FhirScope scope, FhirWords words, FhirCodes codes) {
		this.scope = scope;
		this.words = words;
		this.codes = codes;
	}

	/** The session's resources: its Encounter, then its measures and notes. */
	List<Resource> session(SessionRecordInFull session) {
		List<Resource> resources = new ArrayList<>();
		Reference encounter = this.scope.ids().reference("Encounter", session.id());
		Reference therapist = this.scope.practitioner(session.therapistId(), session.therapistName());
		resources.add(encounter(session, therapist));
		var checkIn = session.checkIn();
		if (checkIn != null && checkIn.tensionBefore() != null) {
			Instant when = (checkIn.checkedInAt() != null) ? checkIn.checkedInAt() : session.startedAt();
			resources.add(tension(session, FhirCodes.TENSION_BEFORE, checkIn.tensionBefore(), when, encounter, therapist));
		}
		var ending = session.ending();
		if (ending != null && ending.tensionAfter() != null) {
			Instant when = (session.signedAt() != null) ? session.signedAt() : lastTap(session);
			resources.add(tension(session, FhirCodes.TENSION_AFTER, ending.tensionAfter(), when, encounter, therapist));
		}
		if (ending != null && (ending.subjective() != null || ending.objective() != null || ending.assessment() != null
				|| ending.plan() != null || !session.amendments().isEmpty())) {
			resources.add(notes(session, encounter, therapist));
		}
		return resources;
	}

	private Encounter encounter(SessionRecordInFull session, Reference therapist) {
		Encounter encounter = this.scope.ids().identify(new Encounter(), session.id());
		encounter.setStatus(session.isSigned() ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.INPROGRESS);
		encounter.setClass_(new Coding(ACT_CODE, "AMB", "ambulatory"));
		String kind = (session.sessionTypeName() != null) ? session.sessionTypeName() : "Walk-in session";
		encounter.addType(FhirScope.text(kind));
		encounter.setSubject(this.scope.patient());
		encounter.addParticipant()
			.addType(FhirScope.coded(PARTICIPATION, "PPRF", "primary performer"))
			.setIndividual(therapist);
		if (session.bookingId() != null) {
			encounter.addAppointment(this.scope.ids().reference("Appointment", session.bookingId()));
		}
		// the record is closed when it is signed, after the quiet time at the end: the best end the record knows
		Period period = new Period().setStart(Date.from(session.startedAt()));
		if (session.isSigned()) {
			period.setEnd(Date.from(session.signedAt()));
		}
		encounter.setPeriod(period);
		encounter.setServiceProvider(this.scope.clinic());
		encounter.setText(narrative(session, kind));
		return encounter;
	}

	private Observation tension(SessionRecordInFull session, String code, int value, Instant when, Reference encounter,
			Reference therapist) {
		Observation observation = this.scope.ids().identify(new Observation(), session.id() + "/" + code);
		observation.setStatus(session.isSigned() ? Observation.ObservationStatus.FINAL
				: Observation.ObservationStatus.PRELIMINARY);
		observation.addCategory(FhirScope.coded(OBSERVATION_CATEGORY, "survey", "Survey"));
		observation.setCode(this.codes.concept(code));
		observation.setSubject(this.scope.patient());
		observation.setEncounter(encounter);
		observation.setEffective(this.scope.dateTime(when));
		observation.addPerformer(this.scope.patient());
		observation.addPerformer(therapist);
		observation.setValue(new IntegerType(value));
		observation.setText(FhirNarrative.titled(observation.getCode().getText())
			.line("Rated", value)
			.line("When", this.scope.dateTime(when).getValueAsString())
			.build());
		return observation;
	}

	private ClinicalImpression notes(SessionRecordInFull session, Reference encounter, Reference therapist) {
		var ending = session.ending();
		ClinicalImpression notes = this.scope.ids().identify(new ClinicalImpression(), session.id());
		notes.setStatus(session.isSigned() ? ClinicalImpression.ClinicalImpressionStatus.COMPLETED
				: ClinicalImpression.ClinicalImpressionStatus.INPROGRESS);
		notes.setDescription("SOAP notes of the session");
		notes.setSubject(this.scope.patient());
		notes.setEncounter(encounter);
		notes.setEffective(this.scope.dateTime(session.startedAt()));
		if (session.signedAt() != null) {
			notes.setDateElement(this.scope.dateTime(session.signedAt()));
		}
		notes.setAssessor(therapist);
		notes.setSummary(ending.assessment());
		var text = FhirNarrative.titled("SOAP notes");
		note(notes, text, "Subjective", ending.subjective(), null, null);
		note(notes, text, "Objective", ending.objective(), null, null);
		note(notes, text, "Assessment", ending.assessment(), null, null);
		note(notes, text, "Plan", ending.plan(), null, null);
		text.line("Signed", (session.signedAt() != null)
				? this.scope.dateTime(session.signedAt()).getValueAsString() + " by " + session.signedByName() : null);
		for (SessionRecordInFull.Amendment amendment : session.amendments()) {
			note(notes, text, "Amendment (" + amendment.reason() + ")", amendment.body(), amendment.authorName(),
					amendment.createdAt());
		}
		notes.setText(text.build());
		return notes;
	}

	private void note(ClinicalImpression notes, FhirNarrative text, String label, String words, String author,
			Instant at) {
		if (words == null || words.isBlank()) {
			return;
		}
		Annotation annotation = new Annotation().setText(label + ": " + words);
		if (author != null) {
			annotation.setAuthor(new org.hl7.fhir.r4.model.StringType(author));
		}
		if (at != null) {
			annotation.setTime(Date.from(at));
		}
		notes.addNote(annotation);
		text.line(label, words + ((author != null) ? " (" + author + ", " + this.scope.dateTime(at).getValueAsString() + ")" : ""));
	}

	/** The whole session in words, in the order it was recorded: check-in, every tap, the end. */
	private org.hl7.fhir.r4.model.Narrative narrative(SessionRecordInFull session, String kind) {
		var text = FhirNarrative.titled(kind + " with " + session.therapistName() + ", "
				+ this.scope.dateTime(session.startedAt()).getValueAsString());
		text.line("Booked minutes", session.bookedMinutes());
		var checkIn = session.checkIn();
		if (checkIn != null) {
			text.line("Consent, stop signal and areas re-confirmed", time(checkIn.consentReconfirmedAt()))
				.line("Tension on arrival (0-10)", checkIn.tensionBefore())
				.line("Arriving", checkIn.arrival())
				.line("Had water", yesNo(checkIn.hadWater()))
				.line("Breathing exercise offered", yesNo(checkIn.breathingOffered()))
				.line("Alcohol or drugs today", yesNo(checkIn.alcoholOrDrugsToday()))
				.line("New flashbacks", yesNo(checkIn.newFlashbacks()))
				.line("Thoughts of self-harm", yesNo(checkIn.harmThoughts()))
				.line("Checked in", time(checkIn.checkedInAt()));
		}
		for (SessionRecordInFull.Entry entry : session.entries()) {
			text.line(time(entry.occurredAt()), tap(entry) + " (" + entry.recordedByName() + ")"
					+ (entry.isStruck() ? "; struck out at " + time(entry.struckAt()) : ""));
		}
		var ending = session.ending();
		if (ending != null) {
			text.line("Grounding", (Boolean.TRUE.equals(ending.groundingDone()) && ending.grounding() != null)
					? ending.grounding() : yesNo(ending.groundingDone()))
				.line("Tension on leaving (0-10)", ending.tensionAfter())
				.line("Minutes over the booked time", ending.minutesOver())
				.line(ending.counsellingSuggested() ? "Counselling suggested" : null)
				.line("Referral", ending.referral())
				.line(ending.contactProvider() ? "Check in with the client's provider" : null)
				.line("Provider check-in on", ending.providerCheckInOn())
				.line("Suggested frequency", this.words.of(ending.suggestedFrequency()));
		}
		text.line("Signed", (session.signedAt() != null)
				? time(session.signedAt()) + " by " + session.signedByName() : "not yet");
		return text.build();
	}

	private String tap(SessionRecordInFull.Entry entry) {
		List<String> parts = new ArrayList<>();
		parts.add(switch (entry.kind()) {
			case TOUCH -> "Touch";
			case PAUSE -> "Pause";
			case EVENT -> "Event";
			case RESPONSE -> "Therapist";
			case WORDS -> "The client's words";
			case WITHDRAWAL -> "Withdrawn for the rest of the session";
			default -> this.words.of(entry.kind());
		});
		add(parts, this.words.of(entry.region()));
		add(parts, this.words.of(entry.technique()));
		add(parts, (entry.pressure() != null) ? this.words.of(entry.pressure()) + " pressure" : null);
		add(parts, (entry.minutes() != null) ? entry.minutes() + " min" : null);
		add(parts, this.words.of(entry.event()));
		add(parts, this.words.of(entry.action()));
		add(parts, (entry.answer() != null) ? "asked whether to go on: " + this.words.of(entry.answer()) : null);
		add(parts, (entry.words() != null) ? "\u201c" + entry.words() + "\u201d" : null);
		return String.join(", ", parts);
	}

	private static void add(List<String> parts, String part) {
		if (part != null && !part.isBlank()) {
			parts.add(part);
		}
	}

	private String time(Instant instant) {
		return (instant != null) ? this.scope.dateTime(instant).getValueAsString() : null;
	}

	private static String yesNo(Boolean answer) {
		return (answer == null) ? null : answer ? "yes" : "no";
	}

	private static Instant lastTap(SessionRecordInFull session) {
		return session.entries().isEmpty() ? session.startedAt()
				: session.entries().get(session.entries().size() - 1).occurredAt();
	}

}
