package com.holdspace.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.holdspace.system.ClinicTime;

/**
 * The answer to an autosave, as the form's script reads it: when it was saved and the draft's
 * version, plus the live flags for staff; or, when another device saved in between, a conflict.
 * A client filling in their part never receives flags.
 */
@Component
class IntakeAutosave {

	private final IntakeService intakeService;

	private final IntakeFlagMessages flagMessages;

	private final ClinicTime clinicTime;

	private final ClinicalHolds holds;

	IntakeAutosave(IntakeService intakeService, IntakeFlagMessages flagMessages, ClinicTime clinicTime,
			ClinicalHolds holds) {
		this.intakeService = intakeService;
		this.holds = holds;
		this.flagMessages = flagMessages;
		this.clinicTime = clinicTime;
	}

	ResponseEntity<Map<String, Object>> save(long clientId, IntakeForm form, Integer draftVersion, boolean overwrite,
			boolean clientMode, long byAccount, String byName, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (clientMode) {
			this.intakeService.keepClientsOwn(clientId, form, byAccount, byName);
		}
		try {
			var saved = this.intakeService.saveDraft(clientId, form, draftVersion, overwrite, clientMode, byAccount,
					byName);
			body.put("savedAt", this.clinicTime.time(saved.savedAt()));
			body.put("draftVersion", saved.draftVersion());
			if (!clientMode) {
				body.put("flags", this.flagMessages.describe(this.holds.activeHolds(clientId),
						this.intakeService.liveFlags(clientId), locale));
			}
			return ResponseEntity.ok(body);
		}
		catch (StaleDraftException stale) {
			body.put("conflict", true);
			body.put("changedAt", this.clinicTime.time(stale.savedAt()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
	}

}
