package com.holdspace.intake;

import java.util.Map;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.clinic.ClinicSettings;
import com.holdspace.staff.HoldspaceUser;

/**
 * Clients only (see SecurityConfig): the client answers their own part of the SAFE intake at home,
 * the same questions, autosave and rules as on the clinic's tablet. The record is always the
 * signed-in client's own, never one named in the URL. What they disclose holds work at once, as it
 * would at the clinic; they are shown where to find help now, never the hold or its reason.
 */
@Controller
@RequestMapping("/me/intake")
class MyIntakeController {

	private final IntakeService intakeService;

	private final IntakePages pages;

	private final IntakeAutosave autosave;

	private final ClinicSettings clinicSettings;

	MyIntakeController(IntakeService intakeService, IntakePages pages, IntakeAutosave autosave,
			ClinicSettings clinicSettings) {
		this.intakeService = intakeService;
		this.pages = pages;
		this.autosave = autosave;
		this.clinicSettings = clinicSettings;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping
	String form(@AuthenticationPrincipal HoldspaceUser me, Model model) {
		long clientId = me.getClientId();
		return this.pages.showForm(clientId, this.intakeService.workingCopy(clientId), IntakeFiller.HOME, model);
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping("/draft")
	@ResponseBody
	ResponseEntity<Map<String, Object>> save(@ModelAttribute("form") IntakeForm form, BindingResult unreadable,
			@RequestParam(required = false) Integer draftVersion, @RequestParam(defaultValue = "false") boolean overwrite,
			@AuthenticationPrincipal HoldspaceUser me) {
		return this.autosave.save(me.getClientId(), form, unreadable, draftVersion, overwrite, IntakeFiller.HOME,
				me.getAccountId(), me.getDisplayName());
	}

	@Audited(value = AuditAction.EDIT, client = "")
	@PostMapping
	String done(@ModelAttribute("form") IntakeForm form, BindingResult result,
			@RequestParam(required = false) Integer draftVersion, @AuthenticationPrincipal HoldspaceUser me,
			Model model) {
		long clientId = me.getClientId();
		if (result.hasFieldErrors()) {
			// a value the form does not offer: shown next to its field, nothing kept until it is fixed
			return this.pages.showForm(clientId, form, IntakeFiller.HOME, model);
		}
		try {
			this.autosave.handBack(clientId, form, draftVersion, IntakeFiller.HOME, me.getAccountId(),
					me.getDisplayName());
		}
		catch (StaleDraftException changedMeanwhile) {
			result.reject("intake.error.changedElsewhere.home");
			return this.pages.showForm(clientId, form, IntakeFiller.HOME, model);
		}
		return "redirect:/me/intake/thanks";
	}

	/**
	 * After "I have finished": a disclosure shows the crisis lines first and that the clinic will
	 * call; otherwise a calm thank-you. Worked out from what they last told, so it reads the same
	 * however often the page is opened again.
	 */
	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/thanks")
	String thanks(@AuthenticationPrincipal HoldspaceUser me, Authentication signedIn, Model model) {
		long clientId = me.getClientId();
		boolean disclosed = this.intakeService.disclosedAtHome(clientId);
		model.addAttribute("disclosed", disclosed);
		if (disclosed) {
			model.addAttribute("crisisLines", this.clinicSettings.crisisLines());
		}
		model.addAttribute("forgetKept", "holdspace.intake." + clientId + "." + signedIn.getName());
		return "intake/home-thanks";
	}

}
