package com.holdspace.intake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldProblems;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;

/**
 * The answer to an autosave, as the form's script reads it: when it was saved and the draft's
 * version; or, when another device saved in between, a conflict. It carries no flags: staff pages
 * fetch the rendered banners after a save (GET .../intake/flags), and a client never sees them.
 */
@Component
class IntakeAutosave {

	private final IntakeService intakeService;

	private final ClinicTime clinicTime;

	private final Validator validator;

	private final MessageSource messages;

	IntakeAutosave(IntakeService intakeService, ClinicTime clinicTime, Validator validator,
			MessageSource messages) {
		this.validator = validator;
		this.messages = messages;
		this.intakeService = intakeService;
		this.clinicTime = clinicTime;
	}

	/**
	 * Saves the draft, unless a value could not be read ({@code binding}: a choice the form does not
	 * offer, a date that is not one) or does not fit: then nothing is kept, and the answer names each
	 * such field, so no answer is dropped while the page says "saved".
	 */
	ResponseEntity<Map<String, Object>> save(long clientId, IntakeForm form, BindingResult binding,
			Integer draftVersion, boolean overwrite, IntakeFiller filler, long byAccount, String byName) {
		Map<String, Object> body = new LinkedHashMap<>();
		List<Map<String, String>> invalid = new ArrayList<>(FieldProblems.of(binding, this.messages));
		// a draft is half-finished by nature, but never larger than a finished intake may be
		invalid.addAll(tooLong(form, binding));
		if (!invalid.isEmpty()) {
			body.put("invalid", invalid);
			return ResponseEntity.badRequest().body(body);
		}
		if (filler.isClient()) {
			this.intakeService.keepClientsOwn(clientId, form, filler, byAccount, byName);
		}
		try {
			var saved = this.intakeService.saveDraft(clientId, form, draftVersion, overwrite, filler.isClient(),
					byAccount, byName);
			body.put("savedAt", this.clinicTime.time(saved.savedAt()));
			body.put("draftVersion", saved.draftVersion());
			return ResponseEntity.ok(body);
		}
		catch (StaleDraftException stale) {
			body.put("conflict", true);
			body.put("changedAt", this.clinicTime.time(stale.savedAt()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
	}

	/**
	 * The client has finished, on the tablet or at home: their answers are kept as their own first
	 * (each step its own transaction, so a disclosure holds work even when the draft cannot be
	 * saved over another device's), then into the draft, and the sitting is closed.
	 *
	 * @throws StaleDraftException when another device saved the draft after this one last saw it
	 */
	void handBack(long clientId, IntakeForm form, Integer draftVersion, IntakeFiller filler, long byAccount,
			String byName) {
		this.intakeService.keepClientsOwn(clientId, form, filler, byAccount, byName);
		this.intakeService.saveDraft(clientId, form, draftVersion, false, true, byAccount, byName);
		this.intakeService.finishSitting(clientId);
	}

	/** The answers longer than their field allows, each with the message the finished form gives. */
	private List<Map<String, String>> tooLong(IntakeForm form, BindingResult binding) {
		return this.validator.validate(form)
			.stream()
			.filter(violation -> violation.getConstraintDescriptor().getAnnotation() instanceof Size)
			.filter(violation -> !binding.hasFieldErrors(field(violation)))
			.sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
			.map(IntakeAutosave::problem)
			.toList();
	}

	private static Map<String, String> problem(ConstraintViolation<IntakeForm> violation) {
		return Map.of("field", field(violation), "message", violation.getMessage());
	}

	/** The path reads bodyMap<K>[CHEST].note in Hibernate Validator; the form names it bodyMap[CHEST].note. */
	private static String field(ConstraintViolation<IntakeForm> violation) {
		return violation.getPropertyPath().toString().replace("<K>", "").replace("<map value>", "");
	}

}
