package com.holdspace.intake;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.holdspace.system.ClinicTime;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

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

	private final Validator validator;

	IntakeAutosave(IntakeService intakeService, IntakeFlagMessages flagMessages, ClinicTime clinicTime,
			ClinicalHolds holds, Validator validator) {
		this.validator = validator;
		this.intakeService = intakeService;
		this.holds = holds;
		this.flagMessages = flagMessages;
		this.clinicTime = clinicTime;
	}

	ResponseEntity<Map<String, Object>> save(long clientId, IntakeForm form, Integer draftVersion, boolean overwrite,
			boolean clientMode, long byAccount, String byName, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		List<Map<String, String>> tooLong = tooLong(form);
		if (!tooLong.isEmpty()) {
			// a draft is half-finished by nature, but never larger than a finished intake may be:
			// nothing is kept until it fits, and the form says where
			body.put("invalid", tooLong);
			return ResponseEntity.badRequest().body(body);
		}
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

	/** The answers longer than their field allows, each with the message the finished form gives. */
	private List<Map<String, String>> tooLong(IntakeForm form) {
		return this.validator.validate(form)
			.stream()
			.filter(violation -> violation.getConstraintDescriptor().getAnnotation() instanceof Size)
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.map(IntakeAutosave::problem)
			.toList();
	}

	private static Map<String, String> problem(ConstraintViolation<IntakeForm> violation) {
		// the path reads bodyMap<K>[CHEST].note in Hibernate Validator; the form names it bodyMap[CHEST].note
		String field = violation.getPropertyPath().toString().replace("<K>", "").replace("<map value>", "");
		return Map.of("field", field, "message", violation.getMessage());
	}

}
