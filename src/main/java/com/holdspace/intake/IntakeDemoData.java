package com.holdspace.intake;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.holdspace.client.ClientService;
import com.holdspace.staff.StaffDirectory;
import com.holdspace.staff.StaffMember;
import com.holdspace.shared.ClinicTime;

/**
 * Demo intakes, only in the {@code demo} profile and after the demo clinic exists: one complete
 * with a provider flag already cleared, one on hold until a specialist clears it.
 */
@Component
@Profile("demo")
@Order(20)
class IntakeDemoData implements ApplicationRunner {

	private final IntakeService intakeService;

	private final ClientService clientService;

	private final StaffDirectory staffDirectory;

	private final ClinicalHolds holds;

	private final ClinicTime clinicTime;

	IntakeDemoData(IntakeService intakeService, ClientService clientService, StaffDirectory staffDirectory,
			ClinicalHolds holds, ClinicTime clinicTime) {
		this.clinicTime = clinicTime;
		this.intakeService = intakeService;
		this.holds = holds;
		this.clientService = clientService;
		this.staffDirectory = staffDirectory;
	}

	@Override
	public void run(ApplicationArguments args) {
		var therapist = this.staffDirectory.activeTherapists().stream().findFirst().orElse(null);
		var zoe = this.clientService.search("Zoë Ångström").stream().findFirst().orElse(null);
		var anais = this.clientService.search("Anaïs Lefèvre").stream().findFirst().orElse(null);
		if (therapist == null || zoe == null || anais == null || this.intakeService.statusOf(zoe.id()).isComplete()) {
			return;
		}
		var answers = typical();
		answers.setPtsd(true);
		answers.setProviderName("Dr Asha Rao, trauma psychologist");
		answers.setProviderContact("asha.rao@example.org");
		answers.setHadReleaseBefore(true);
		answers.setTriggersToAvoid("Sudden loud sounds; being touched on the neck without warning");
		answers.setTraumaOrInjuryAreas("Chest and left shoulder, since a car collision in 2024");
		answers.getBodyMap().get(BodyRegion.NECK_FRONT).setState(RegionState.AVOID);
		answers.getBodyMap().get(BodyRegion.CHEST).setState(RegionState.CARE);
		answers.getBodyMap().get(BodyRegion.CHEST).setNote("slow, with check-ins");
		answers.getBodyMap().get(BodyRegion.SHOULDER_LEFT).setState(RegionState.CARE);
		this.intakeService.complete(zoe.id(), answers, UUID.randomUUID(), therapist.id(), therapist.displayName());
		var advice = step("Dr Asha Rao", "Trauma psychologist", 2,
				"Supports gentle, titrated body work; check in with her weekly");
		advice.setBasis(ConsultBasis.WRITTEN_ADVICE);
		record(zoe.id(), FlagKind.CONSULT_PROVIDER, ClearanceStep.CLEARANCE, advice, therapist);

		var onHold = typical();
		onHold.setFlashbacks(true);
		onHold.setHopesForRelease(true);
		this.intakeService.complete(anais.id(), onHold, UUID.randomUUID(), therapist.id(), therapist.displayName());
		record(anais.id(), FlagKind.REFER_AND_PAUSE, ClearanceStep.REFERRAL, step("Dr Iris Moreau", "GP", 0,
				"Referred to her GP and the local trauma service; she will call them this week"), therapist);
	}

	private void record(long clientId, FlagKind kind, ClearanceStep step, HoldStepForm form, StaffMember therapist) {
		this.holds.activeHolds(clientId)
			.stream()
			.filter(hold -> hold.kind() == kind)
			.findFirst()
			.ifPresent(hold -> this.holds.recordStep(clientId, hold.id(), step, form, therapist.id(),
					therapist.displayName(), therapist.role()));
	}

	private HoldStepForm step(String person, String role, int daysAgo, String note) {
		var form = new HoldStepForm();
		form.setPersonName(person);
		form.setPersonRole(role);
		form.setAdviceOn(LocalDate.now(this.clinicTime.clock()).minusDays(daysAgo));
		form.setNote(note);
		return form;
	}

	private static IntakeForm typical() {
		var answers = new IntakeForm();
		answers.setEmergencyContactsConfirmed(true);
		answers.setStopConditions("If I feel I cannot breathe out, or I start to shake");
		answers.setPressure(Pressure.ASK_EACH_TIME);
		answers.setTherapistGender(GenderPreference.NO_PREFERENCE);
		answers.setWantsExperiencedTherapist(true);
		answers.setStopSignalKind(StopSignalKind.WORD);
		answers.setStopSignal("pause");
		answers.setStartSignal("ready");
		answers.setCheckInFrequency(CheckInFrequency.EACH_NEW_AREA);
		answers.setSensationsExplained(true);
		answers.setGoals("Less tightness in the chest; calmer when driving");
		answers.setAcknowledgesEmotionalResponses(true);
		answers.setHopesForRelease(false);
		answers.setHadReleaseBefore(false);
		answers.setPtsd(false);
		answers.setAnxietyDisorder(false);
		answers.setDepression(false);
		answers.setSevereTrauma(false);
		answers.setFlashbacks(false);
		answers.setSevereDissociation(false);
		answers.setSuicidalThoughts(false);
		answers.setSubstanceUseToday(false);
		answers.setRecentSurgery(false);
		answers.setPregnant(false);
		answers.setUncontrolledSymptoms(false);
		answers.setContraindicatingCondition(Contraindication.NO);
		return answers;
	}

}
