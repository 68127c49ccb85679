package com.holdspace.records;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

import com.holdspace.aftercare.CheckInAnswer;
import com.holdspace.aftercare.HandedOverPlan;
import com.holdspace.aftercare.PlanSheet;

/**
 * An aftercare plan handed over as a {@code CarePlan}: each suggestion an activity in the words it
 * was handed over with, the follow-up a scheduled activity, the rest notes. The newest plan is
 * {@code active}; a plan a later one has replaced is {@code completed}.
 */
final class FhirCarePlans {

	private final FhirScope scope;

	private final FhirCodes codes;

	FhirCarePlans(FhirScope scope, FhirCodes codes) {
		this.scope = scope;
		this.codes = codes;
	}

	/** The plan, then each check-in the client sent back on it as an {@code Observation} based on it. */
	List<Resource> plan(HandedOverPlan handedOver, boolean newest) {
		List<Resource> resources = new ArrayList<>();
		PlanSheet plan = handedOver.plan();
		resources.add(carePlan(plan, newest, this.scope.ids().reference("Encounter", handedOver.sessionId()),
				FhirScope.named(plan.therapistName())));
		for (CheckInAnswer checkIn : handedOver.checkIns()) {
			resources.add(checkIn(plan, checkIn));
		}
		return resources;
	}

	private Observation checkIn(PlanSheet plan, CheckInAnswer checkIn) {
		Observation observation = this.scope.ids()
			.identify(new Observation(), plan.id() + "/" + checkIn.sentAt().toEpochMilli());
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addBasedOn(this.scope.ids().reference("CarePlan", plan.id()));
		observation.addCategory(FhirScope.coded(FhirSessions.OBSERVATION_CATEGORY, "survey", "Survey"));
		observation.setCode(this.codes.concept(FhirCodes.FEELING));
		observation.setSubject(this.scope.patient());
		observation.setEffective(this.scope.dateTime(checkIn.sentAt()));
		observation.setIssued(Date.from(checkIn.sentAt()));
		observation.addPerformer(this.scope.patient());
		observation.setValue(new IntegerType(checkIn.feeling()));
		if (checkIn.words() != null && !checkIn.words().isBlank()) {
			observation.addNote(new Annotation().setText(checkIn.words()));
		}
		if (checkIn.urgent()) {
			observation.addInterpretation(FhirScope.text("Urgent: the clinic's crisis lines were shown at once"));
		}
		observation.setText(FhirNarrative.titled(observation.getCode().getText())
			.line("Answered", this.scope.dateTime(checkIn.sentAt()).getValueAsString())
			.line("Feeling (1-5)", checkIn.feeling())
			.line("In their words", checkIn.words())
			.line(checkIn.urgent() ? "Urgent: the clinic's crisis lines were shown at once" : null)
			.build());
		return observation;
	}

	/**
	 * @param encounter the session the plan followed, or null
	 * @param author the therapist who handed it over, or a reference by name
	 */
	CarePlan carePlan(PlanSheet plan, boolean newest, Reference encounter, Reference author) {
		CarePlan carePlan = this.scope.ids().identify(new CarePlan(), plan.id());
		carePlan.setStatus(newest ? CarePlan.CarePlanStatus.ACTIVE : CarePlan.CarePlanStatus.COMPLETED);
		carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
		carePlan.setTitle("Aftercare");
		carePlan.setSubject(this.scope.patient());
		carePlan.setEncounter(encounter);
		carePlan.setCreatedElement(this.scope.dateTime(plan.handedOverAt()));
		carePlan.setAuthor(author);
		var text = FhirNarrative.titled("Aftercare plan, handed over "
				+ this.scope.dateTime(plan.handedOverAt()).getValueAsString() + " by " + plan.therapistName());
		for (PlanSheet.Item item : plan.items()) {
			String description = (item.guidance() != null && !item.guidance().isBlank())
					? item.title() + ": " + item.guidance() : item.title();
			carePlan.addActivity()
				.getDetail()
				.setStatus(CarePlan.CarePlanActivityStatus.UNKNOWN)
				.setDescription(description);
			text.line(description);
		}
		if (plan.followUpOn() != null) {
			var followUp = carePlan.addActivity().getDetail();
			followUp.setStatus(CarePlan.CarePlanActivityStatus.SCHEDULED);
			followUp.setDescription("The clinic checks in with the client");
			followUp.setScheduled(new Period().setStartElement(new DateTimeType(plan.followUpOn().toString())));
			text.line("Follow-up", plan.followUpOn());
		}
		note(carePlan, text, null, plan.notes());
		note(carePlan, text, "What to watch for", plan.watchFor());
		if (plan.counsellingSuggested()) {
			note(carePlan, text, null, "Counselling suggested");
		}
		note(carePlan, text, "Referral", plan.referral());
		note(carePlan, text, "The clinic's contacts", plan.contactLines());
		note(carePlan, text, "Crisis lines", plan.crisisLines());
		if (plan.readAt() != null) {
			String read = this.scope.dateTime(plan.readAt()).getValueAsString();
			carePlan.addNote(new Annotation().setText("Read by the client").setTime(Date.from(plan.readAt())));
			text.line("Read by the client", read);
		}
		carePlan.setText(text.build());
		return carePlan;
	}

	private static void note(CarePlan carePlan, FhirNarrative text, String label, String words) {
		if (words != null && !words.isBlank()) {
			carePlan.addNote(new Annotation().setText((label != null) ? label + ": " + words : words));
			text.line(label, words);
		}
	}

}
