package com.holdspace.intake;


import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Refused;
import com.holdspace.shared.TypedDrafts;
import com.holdspace.staff.HoldspaceUser;

/**
 * Therapists only (see SecurityConfig): recording a referral or a clearance for a hold, with the
 * person who was referred to or who cleared it, their role, the date and a note.
 */
@Controller
@RequestMapping("/clients/{clientId}/intake/holds/{holdId}/{step}")
class HoldController {

	private final ClinicalHolds holds;

	private final IntakePages pages;

	private final TypedDrafts drafts;

	HoldController(ClinicalHolds holds, IntakePages pages, TypedDrafts drafts) {
		this.holds = holds;
		this.pages = pages;
		this.drafts = drafts;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("personName", "personRole", "adviceOn", "basis", "licensedRole", "note");
	}

	@Audited(AuditAction.VIEW)
	@GetMapping
	String form(@PathVariable long clientId, @PathVariable long holdId, @PathVariable ClearanceStep step,
			Model model) {
		return page(clientId, holdId, step, new HoldStepForm(), model);
	}

	@Audited(AuditAction.EDIT)
	@PostMapping
	String record(@PathVariable long clientId, @PathVariable long holdId, @PathVariable ClearanceStep step,
			@Validated @ModelAttribute("form") HoldStepForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(clientId, holdId, step, form, model);
		}
		try {
			this.holds.recordStep(clientId, holdId, step, form, me.getAccountId(), me.getDisplayName(), me.getRole());
		}
		catch (Refused refused) {
			refused.addTo(result);
			return page(clientId, holdId, step, form, model);
		}
		this.drafts.forget(me.getAccountId(), HoldStepDraftController.key(holdId, step));
		redirect.addFlashAttribute("notice", "intake.clearance.notice." + step);
		return "redirect:/clients/" + clientId + "/intake#holds";
	}

	private String page(long clientId, long holdId, ClearanceStep step, HoldStepForm form, Model model) {
		return this.pages.holdStep(clientId, holdId, step, form, model);
	}

}
