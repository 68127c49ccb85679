package com.holdspace.intake;

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
import org.springframework.web.servlet.ModelAndView;

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

	private final ClinicalHolds holds;

	IntakeDraftController(IntakeService intakeService, IntakeAutosave autosave, ClinicalHolds holds) {
		this.intakeService = intakeService;
		this.holds = holds;
		this.autosave = autosave;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@Audited(value = AuditAction.EDIT, care = Audited.Care.FIRST_INTAKE)
	@PostMapping("/clients/{clientId}/intake/draft")
	ResponseEntity<Map<String, Object>> save(@PathVariable long clientId, @ModelAttribute("form") IntakeForm form,
			BindingResult unreadable, @RequestParam(required = false) Integer draftVersion, @RequestParam(defaultValue = "false") boolean overwrite,
			@AuthenticationPrincipal HoldspaceUser me) {
		return this.autosave.save(clientId, form, unreadable, draftVersion, overwrite, IntakeFiller.STAFF, me.getAccountId(),
				me.getDisplayName());
	}

	/**
	 * The banners exactly as the pages draw them (intake/flags :: live), for intake.js to swap in:
	 * the page's script never writes flag markup of its own. Admin and therapists in the client's
	 * care only, like all of /clients/{id}/intake (SecurityConfig; CareCheck for the care).
	 */
	@Audited(value = AuditAction.VIEW, care = Audited.Care.FIRST_INTAKE)
	@GetMapping("/clients/{clientId}/intake/flags")
	ModelAndView flags(@PathVariable long clientId) {
		return new ModelAndView("intake/flags :: live(holds=${holds}, flags=${liveFlags})",
				Map.of("holds", this.holds.activeHolds(clientId), "liveFlags", this.intakeService.liveFlags(clientId)));
	}

}
