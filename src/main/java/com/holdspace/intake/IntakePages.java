package com.holdspace.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import com.holdspace.clinic.ClinicSettings;
import com.holdspace.client.ClientService;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentService;
import com.holdspace.shared.ClinicTime;

/**
 * What the intake pages show, each read in one read-only transaction: the summary with its holds,
 * a version beside the client's own answers, the form (staff and client mode) and a hold's step.
 */
@Component
@Transactional(readOnly = true)
class IntakePages {

	private final ClientService clientService;

	private final IntakeService intakeService;

	private final ClinicSettings clinicSettings;

	private final ClinicalHolds holds;

	private final IntakeAnswerText answerText;

	private final ConsentService consentService;

	private final ClinicTime clinicTime;

	private final SpringValidatorAdapter answerRules;

	private final IntakeValidator completionRules;

	private final IntakeJson json;

	private final MessageSource messages;

	IntakePages(ClientService clientService, IntakeService intakeService, ClinicSettings clinicSettings,
			ClinicalHolds holds, IntakeAnswerText answerText,
			ConsentService consentService, ClinicTime clinicTime, jakarta.validation.Validator answerRules,
			IntakeValidator completionRules, IntakeJson json, MessageSource messages) {
		this.answerRules = new SpringValidatorAdapter(answerRules);
		this.completionRules = completionRules;
		this.json = json;
		this.messages = messages;
		this.clientService = clientService;
		this.holds = holds;
		this.answerText = answerText;
		this.consentService = consentService;
		this.clinicTime = clinicTime;
		this.intakeService = intakeService;
		this.clinicSettings = clinicSettings;
	}

	void addReferenceData(Model model) {
		model.addAttribute("pressures", Pressure.values());
		model.addAttribute("genders", GenderPreference.values());
		model.addAttribute("checkIns", CheckInFrequency.values());
		model.addAttribute("stopSignalKinds", StopSignalKind.values());
		model.addAttribute("regionStates", RegionState.values());
		model.addAttribute("contraindications", Contraindication.values());
		model.addAttribute("frontRegions", BodyRegion.on(BodyRegion.Side.FRONT));
		model.addAttribute("backRegions", BodyRegion.on(BodyRegion.Side.BACK));
		model.addAttribute("allRegions", BodyRegion.values());
		model.addAttribute("boardFront", RegionBoard.FRONT);
		model.addAttribute("boardBack", RegionBoard.BACK);
	}

	String summary(long clientId, Model model) {
		var versions = this.intakeService.versions(clientId);
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("versions", versions);
		model.addAttribute("holds", this.holds.holds(clientId));
		model.addAttribute("today", LocalDate.now(this.clinicTime.clock()));
		model.addAttribute("liveFlags", this.intakeService.liveFlags(clientId));
		model.addAttribute("draft", this.intakeService.draft(clientId).orElse(null));
		if (!versions.isEmpty()) {
			model.addAttribute("latest", versions.get(0));
			model.addAttribute("answers", this.intakeService.answersOf(versions.get(0)));
		}
		addReferenceData(model);
		return "intake/summary";
	}

	/** A version, beside what the client answered on the tablet and the therapist's changes to it. */
	String version(long clientId, int number, Locale locale, Model model) {
		var version = this.intakeService.version(clientId, number);
		var answers = this.intakeService.answersOf(version);
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("version", version);
		model.addAttribute("answers", answers);
		this.intakeService.clientsOwnAnswersFor(version).ifPresent(own -> {
			model.addAttribute("clientsOwn", own);
			model.addAttribute("therapistsChanges",
					this.answerText.describe(IntakeComparison.clientAnswerChanges(own.answers(), answers), locale));
		});
		addReferenceData(model);
		return "intake/version";
	}

	/** A hold and the form for its referral or clearance. */
	String holdStep(long clientId, long holdId, ClearanceStep step, HoldStepForm form, Model model) {
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("hold", this.holds.hold(clientId, holdId));
		model.addAttribute("step", step);
		model.addAttribute("form", form);
		model.addAttribute("today", LocalDate.now(this.clinicTime.clock()));
		model.addAttribute("bases", ConsultBasis.values());
		model.addAttribute("licensedRoles", LicensedRole.values());
		model.addAttribute("providerConsent",
				this.consentService.status(clientId, ConsentKind.PROVIDER_COMMUNICATION));
		return "intake/hold-step";
	}

	String showForm(long clientId, IntakeForm form, IntakeFiller filler, Model model) {
		boolean clientMode = filler.isClient();
		var draft = this.intakeService.draft(clientId);
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("form", form);
		model.addAttribute("clientMode", clientMode);
		model.addAttribute("atHome", filler.isAtHome());
		model.addAttribute("steps", IntakeSteps.of(clientMode));
		model.addAttribute("draftVersion", draft.map(IntakeDraft::getVersion).orElse(null));
		model.addAttribute("savedAt", draft.map(saved -> this.clinicTime.time(saved.getUpdatedAt())).orElse(null));
		if (!model.containsAttribute("completionToken")) {
			model.addAttribute("completionToken", UUID.randomUUID());
		}
		model.addAttribute("urgentAnswers", HoldView.urgentAnswers());
		if (clientMode) {
			model.addAttribute("crisisContacts", this.clinicSettings.crisisContacts());
			model.addAttribute("disclosed", disclosesUrgently(form));
		}
		else {
			var holds = this.holds.activeHolds(clientId);
			var liveFlags = this.intakeService.liveFlags(clientId);
			model.addAttribute("holds", holds);
			model.addAttribute("liveFlags", liveFlags);
			model.addAttribute("missing", missing(form));
		}
		addReferenceData(model);
		return "intake/form";
	}

	/**
	 * The check before completing, as the summary step shows it after each save: the holds and the
	 * flags the saved answers raise, and what completing would still ask for.
	 */
	String check(long clientId, Model model) {
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("holds", this.holds.activeHolds(clientId));
		model.addAttribute("liveFlags", this.intakeService.liveFlags(clientId));
		model.addAttribute("missing", missing(this.intakeService.workingCopy(clientId)));
		return "intake/check :: check";
	}

	/**
	 * Whether the answers already say yes to a question that makes a hold urgent, so the crisis lines
	 * show from the start, without script too. The urgent answers that are not questions of this form
	 * (a check-in's) are simply not there to read.
	 */
	private static boolean disclosesUrgently(IntakeForm form) {
		var answers = new BeanWrapperImpl(form);
		return HoldView.urgentAnswers()
			.stream()
			.filter(answers::isReadableProperty)
			.anyMatch(answer -> Boolean.TRUE.equals(answers.getPropertyValue(answer)));
	}

	/**
	 * What completing would refuse, by the same rules and in the order of the steps. A box never
	 * ticked counts as unticked, as it does when the form is sent.
	 */
	List<IntakeSteps.Gap> missing(IntakeForm answers) {
		var copy = this.json.read(this.json.write(answers));
		if (copy.getEmergencyContactsConfirmed() == null) {
			copy.setEmergencyContactsConfirmed(false);
		}
		if (copy.getSensationsExplained() == null) {
			copy.setSensationsExplained(false);
		}
		if (copy.getAcknowledgesEmotionalResponses() == null) {
			copy.setAcknowledgesEmotionalResponses(false);
		}
		var errors = new BeanPropertyBindingResult(copy, "form");
		this.answerRules.validate(copy, errors);
		this.completionRules.validate(copy, errors);
		Locale locale = LocaleContextHolder.getLocale();
		return IntakeSteps.byStep(errors.getFieldErrors()
			.stream()
			.map(error -> IntakeSteps.Missing.of(error.getField(), this.messages.getMessage(error, locale)))
			.toList());
	}

}
