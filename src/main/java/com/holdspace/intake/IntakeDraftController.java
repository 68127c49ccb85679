package com.holdspace.intake;

import java.util.Locale;
import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.staff.HoldspaceUser;

/**
 * Therapists and admin only (see SecurityConfig): the autosave behind the intake form, and the
 * live holds and flags that the client page and the form poll, so a disclosure on the tablet shows
 * without a reload.
 */
@RestController
class IntakeDraftController {

	private final IntakeService intakeService;

	private final IntakeAutosave autosave;

	private final IntakeFlagMessages flagMessages;

	private final ClinicalHolds holds;

	IntakeDraftController(IntakeService intakeService, IntakeAutosave autosave, IntakeFlagMessages flagMessages,
			ClinicalHolds holds) {
		this.intakeService = intakeService;
		this.holds = holds;
		this.autosave = autosave;
		this.flagMessages = flagMessages;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@Audited(value = AuditAction.EDIT, care = Audited.Care.FIRST_INTAKE)
	@PostMapping("/clients/{clientId}/intake/draft")
	ResponseEntity<Map<String, Object>> save(@PathVariable long clientId, @ModelAttribute("form") IntakeForm form,
			BindingResult unreadable, @RequestParam(required = false) Integer draftVersion, @RequestParam(defaultValue = "false") boolean overwrite,
			@AuthenticationPrincipal HoldspaceUser me, Locale locale) {
		return this.autosave.save(clientId, form, unreadable, draftVersion, overwrite, false, me.getAccountId(),
				me.getDisplayName(), locale);
	}

	@Audited(value = AuditAction.VIEW, care = Audited.Care.FIRST_INTAKE)
	@GetMapping("/clients/{clientId}/intake/flags")
	Map<String, Object> flags(@PathVariable long clientId, Locale locale) {
		return Map.of("flags", this.flagMessages.describe(this.holds.activeHolds(clientId),
				this.intakeService.liveFlags(clientId), locale));
	}

}
