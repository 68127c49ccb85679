package com.holdspace.retention;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/**
 * Admin only, with a fresh second factor (SecurityConfig, /admin/**): placing and lifting a legal
 * hold from the client's page, each with its reason. Both go back to the client's page.
 */
@Controller
@RequestMapping("/admin/retention/clients/{clientId}/legal-hold")
class LegalHoldController {

	private final LegalHolds holds;

	LegalHoldController(LegalHolds holds) {
		this.holds = holds;
	}

	@Audited(AuditAction.RETENTION)
	@PostMapping
	String place(@PathVariable long clientId, @Validated @ModelAttribute("legalHold") LegalHoldForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		return change(clientId, form, result, redirect, "retention.hold.notice.placed",
				() -> this.holds.place(clientId, form.getReason(), me));
	}

	@Audited(AuditAction.RETENTION)
	@PostMapping("/lift")
	String lift(@PathVariable long clientId, @Validated @ModelAttribute("legalHold") LegalHoldForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		return change(clientId, form, result, redirect, "retention.hold.notice.lifted",
				() -> this.holds.lift(clientId, form.getReason(), me));
	}

	private static String change(long clientId, LegalHoldForm form, BindingResult result, RedirectAttributes redirect,
			String notice, Runnable change) {
		String back = "redirect:/clients/" + clientId + "#legal-hold";
		String problem = null;
		if (result.hasErrors()) {
			FieldError error = result.getFieldError("reason");
			problem = (error != null && "Size".equals(error.getCode())) ? "retention.hold.error.tooLong"
					: "retention.hold.error.reason";
		}
		else {
			try {
				change.run();
			}
			catch (Refused refused) {
				problem = refused.code();
			}
		}
		if (problem != null) {
			redirect.addFlashAttribute("legalHoldProblem", problem);
			redirect.addFlashAttribute("legalHoldReason", form.getReason());
			return back;
		}
		redirect.addFlashAttribute("notice", notice);
		return back;
	}

}
