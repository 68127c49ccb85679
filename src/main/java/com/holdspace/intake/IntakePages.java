package com.holdspace.intake;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import com.holdspace.clinic.ClinicSettings;
import com.holdspace.client.ClientService;
import com.holdspace.consent.ConsentKind;
import com.holdspace.consent.ConsentService;
import com.holdspace.system.ClinicTime;

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

	private final IntakeFlagMessages flagMessages;

	private final IntakeAnswerText answerText;

	private final ConsentService consentService;

	private final ClinicTime clinicTime;

	IntakePages(ClientService clientService, IntakeService intakeService, ClinicSettings clinicSettings,
			ClinicalHolds holds, IntakeFlagMessages flagMessages, IntakeAnswerText answerText,
			ConsentService consentService, ClinicTime clinicTime) {
		this.clientService = clientService;
		this.holds = holds;
		this.flagMessages = flagMessages;
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

	String showForm(long clientId, IntakeForm form, boolean clientMode, Model model) {
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("form", form);
		model.addAttribute("clientMode", clientMode);
		model.addAttribute("draftVersion",
				this.intakeService.draft(clientId).map(IntakeDraft::getVersion).orElse(null));
		if (!model.containsAttribute("completionToken")) {
			model.addAttribute("completionToken", UUID.randomUUID());
		}
		if (clientMode) {
			model.addAttribute("crisisContacts", this.clinicSettings.crisisContacts());
		}
		else {
			var holds = this.holds.activeHolds(clientId);
			var liveFlags = this.intakeService.liveFlags(clientId);
			model.addAttribute("holds", holds);
			model.addAttribute("liveFlags", liveFlags);
			model.addAttribute("flagsJson", this.flagMessages.json(holds, liveFlags, LocaleContextHolder.getLocale()));
		}
		addReferenceData(model);
		return "intake/form";
	}

}
