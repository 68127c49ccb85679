package com.holdspace.aftercare;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.FieldProblems;
import com.holdspace.shared.Refused;
import com.holdspace.shared.StaleEditException;
import com.holdspace.staff.HoldspaceUser;

/**
 * Keeps the aftercare plan a few seconds after each change, as the page's script asks, so a plan
 * typed for minutes is never lost: the treating therapist only (checked by {@link AftercareService}).
 */
@RestController
class AftercareAutosaveController {

	private final AftercareService aftercare;

	private final ClinicTime clinicTime;

	private final MessageSource messages;

	AftercareAutosaveController(AftercareService aftercare, ClinicTime clinicTime, MessageSource messages) {
		this.aftercare = aftercare;
		this.clinicTime = clinicTime;
		this.messages = messages;
	}

	@InitBinder("plan")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("version", "itemIds", "notes", "followUpOn", "counsellingSuggested", "referral",
				"watchFor");
	}

	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/aftercare/draft")
	ResponseEntity<Map<String, Object>> save(@PathVariable long id,
			@Validated @ModelAttribute("plan") AftercarePlanForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me) {
		Map<String, Object> body = new LinkedHashMap<>();
		if (result.hasErrors()) {
			body.put("invalid", FieldProblems.of(result, this.messages));
			return ResponseEntity.badRequest().body(body);
		}
		try {
			AftercarePlan saved = this.aftercare.save(id, form, me);
			body.put("savedAt", this.clinicTime.time(saved.getUpdatedAt()));
			body.put("version", saved.getVersion());
			return ResponseEntity.ok(body);
		}
		catch (StaleEditException stale) {
			body.put("conflict", true);
			body.put("changedAt", this.aftercare.forSession(id)
				.map(plan -> this.clinicTime.time(plan.getUpdatedAt()))
				.orElse(""));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		catch (PlanHandedOverException handedOver) {
			body.put("signed", true);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
		catch (Refused refused) {
			body.put("moved", true);
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
	}

}
