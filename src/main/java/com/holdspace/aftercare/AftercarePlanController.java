package com.holdspace.aftercare;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.NotFoundException;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/**
 * The aftercare plan on a session's page: saved and handed over by the treating therapist only
 * (checked by {@link AftercareService}); its sheet, printable, for clinical staff (SecurityConfig).
 */
@Controller
class AftercarePlanController {

	private final AftercareService aftercare;

	AftercarePlanController(AftercareService aftercare) {
		this.aftercare = aftercare;
	}

	@InitBinder("plan")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.setAllowedFields("version", "itemIds", "notes", "followUpOn", "counsellingSuggested", "referral",
				"watchFor");
	}

	@Audited(value = AuditAction.EDIT, client = "session:id")
	@PostMapping("/sessions/{id}/aftercare")
	String save(@PathVariable long id, @Validated @ModelAttribute("plan") AftercarePlanForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		return act(id, form, result, redirect, "aftercare.notice.saved", () -> this.aftercare.save(id, form, me));
	}

	@Audited(value = AuditAction.SIGN, client = "session:id")
	@PostMapping("/sessions/{id}/aftercare/hand-over")
	String handOver(@PathVariable long id, @Validated @ModelAttribute("plan") AftercarePlanForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		return act(id, form, result, redirect, "aftercare.notice.handedOver",
				() -> this.aftercare.handOver(id, form, me));
	}

	/** The sheet as the client reads it, for the therapist to print for a client without the portal. */
	@Audited(value = AuditAction.PRINT, client = "session:id")
	@GetMapping("/sessions/{id}/aftercare/sheet")
	String sheet(@PathVariable long id, Model model) {
		model.addAttribute("plan", this.aftercare.forSession(id)
			.filter(AftercarePlan::isHandedOver)
			.orElseThrow(() -> new NotFoundException("Aftercare plan", id)));
		return "aftercare/sheet";
	}

	/** The outcome goes back to the session page; a problem is shown next to its field there. */
	private String act(long id, AftercarePlanForm form, BindingResult result, RedirectAttributes redirect,
			String notice, Runnable action) {
		String anchor = "redirect:/sessions/" + id + "#aftercare";
		// whatever happens, the page comes back with what was typed
		redirect.addFlashAttribute("aftercareForm", form);
		if (result.hasErrors()) {
			// nothing is saved: a field too long for its place (the page already stops most), or a
			// value that is not a date or a suggestion
			FieldError first = result.getFieldError();
			boolean unreadable = first != null && "typeMismatch".equals(first.getCode());
			redirect.addFlashAttribute("aftercareProblem", unreadable ? "aftercare.error.invalid" : "aftercare.error.tooLong");
			redirect.addFlashAttribute("aftercareProblemField", (first != null) ? first.getField() : null);
			return anchor;
		}
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			// saved: the page shows the plan as stored, with its new version
			redirect.getFlashAttributes().remove("aftercareForm");
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("aftercareProblem", refused.code());
			redirect.addFlashAttribute("aftercareProblemField", refused.field());
		}
		catch (PlanHandedOverException handedOver) {
			redirect.addFlashAttribute("aftercareProblem", "aftercare.error.handedOver");
		}
		return anchor;
	}

}
