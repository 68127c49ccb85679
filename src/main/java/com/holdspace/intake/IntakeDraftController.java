package com.holdspace.intake;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.holdspace.staff.HoldspaceUser;
import com.holdspace.system.ClinicTime;

/**
 * Therapists and admin only (see SecurityConfig): the autosave behind the intake form, and the
 * live flags that the client page and the form poll, so an urgent disclosure shows without a reload.
 */
@RestController
class IntakeDraftController {

	private final IntakeService intakeService;

	private final IntakeFlagMessages flagMessages;

	private final ClinicTime clinicTime;

	IntakeDraftController(IntakeService intakeService, IntakeFlagMessages flagMessages, ClinicTime clinicTime) {
		this.intakeService = intakeService;
		this.flagMessages = flagMessages;
		this.clinicTime = clinicTime;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@PostMapping("/clients/{clientId}/intake/draft")
	ResponseEntity<Map<String, Object>> save(@PathVariable long clientId, @ModelAttribute("form") IntakeForm form,
			@RequestParam(required = false) Integer draftVersion, @RequestParam(defaultValue = "false") boolean overwrite,
			@AuthenticationPrincipal HoldspaceUser me, Locale locale) {
		return autosave(this.intakeService, this.clinicTime, clientId, form, draftVersion, overwrite, false, me,
				saved -> this.flagMessages.describe(saved.flags(), locale));
	}

	@GetMapping("/clients/{clientId}/intake/flags")
	Map<String, Object> flags(@PathVariable long clientId, Locale locale) {
		var flags = new java.util.ArrayList<FlagView>(this.intakeService.flags(clientId));
		flags.addAll(this.intakeService.draftFlags(clientId));
		return Map.of("flags", this.flagMessages.describe(flags, locale));
	}

	/** Shared with client mode, which answers without flags. */
	static ResponseEntity<Map<String, Object>> autosave(IntakeService service, ClinicTime clinicTime, long clientId,
			IntakeForm form, Integer draftVersion, boolean overwrite, boolean clientMode, HoldspaceUser me,
			java.util.function.Function<DraftSaved, Object> flags) {
		Map<String, Object> body = new LinkedHashMap<>();
		try {
			var saved = service.saveDraft(clientId, form, draftVersion, overwrite, clientMode, me.getAccountId());
			body.put("savedAt", clinicTime.time(saved.savedAt()));
			body.put("draftVersion", saved.draftVersion());
			if (flags != null) {
				body.put("flags", flags.apply(saved));
			}
			return ResponseEntity.ok(body);
		}
		catch (StaleDraftException stale) {
			body.put("conflict", true);
			body.put("changedAt", clinicTime.time(stale.savedAt()));
			return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
		}
	}

}
