package com.holdspace.intake;

import java.util.UUID;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.holdspace.clinic.ClinicSettings;
import com.holdspace.client.ClientService;

/** What every intake page needs in its model, shared by the staff and client-mode controllers. */
@Component
class IntakePages {

	private final ClientService clientService;

	private final IntakeService intakeService;

	private final ClinicSettings clinicSettings;

	private final ClinicalHolds holds;

	private final IntakeFlagMessages flagMessages;

	IntakePages(ClientService clientService, IntakeService intakeService, ClinicSettings clinicSettings,
			ClinicalHolds holds, IntakeFlagMessages flagMessages) {
		this.clientService = clientService;
		this.holds = holds;
		this.flagMessages = flagMessages;
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
