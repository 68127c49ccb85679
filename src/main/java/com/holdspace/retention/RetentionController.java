package com.holdspace.retention;

import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.AuditLog;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Refused;
import com.holdspace.staff.HoldspaceUser;

/**
 * Admin only, with a second factor of the last 30 minutes (SecurityConfig, /admin/**): the records
 * due, and keeping one for now or disposing of one, each confirmed on a page of its own.
 */
@Controller
@RequestMapping("/admin/retention")
class RetentionController {

	private static final String LIST = "redirect:/admin/retention";

	private final RetentionPage page;

	private final RetentionReviews reviews;

	RetentionController(RetentionPage page, RetentionReviews reviews) {
		this.page = page;
		this.reviews = reviews;
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping
	String list(Model model) {
		RetentionPage.View view = this.page.read();
		model.addAttribute("rule", view.rule());
		model.addAttribute("due", view.due());
		model.addAttribute("decisions", view.decisions());
		return "retention/list";
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/reviews/{reviewId}/keep")
	String keepForm(@PathVariable long reviewId, Model model, RedirectAttributes redirect) {
		if (!showDue(reviewId, model)) {
			redirect.addFlashAttribute("problem", "retention.error.decided");
			return LIST;
		}
		model.addAttribute("form", new KeepForm());
		return "retention/keep";
	}

	@Audited(value = AuditAction.RETENTION, client = "")
	@PostMapping("/reviews/{reviewId}/keep")
	String keep(@PathVariable long reviewId, @Validated @ModelAttribute("form") KeepForm form, BindingResult result,
			@AuthenticationPrincipal HoldspaceUser me, Model model, RedirectAttributes redirect) {
		if (!showDue(reviewId, model)) {
			redirect.addFlashAttribute("problem", "retention.error.decided");
			return LIST;
		}
		if (result.hasErrors()) {
			return "retention/keep";
		}
		try {
			this.reviews.keep(reviewId, form.getReason(), form.getAskAgainMonths(), me);
		}
		catch (Refused refused) {
			refused.addTo(result);
			return "retention/keep";
		}
		redirect.addFlashAttribute("notice", "retention.notice.kept");
		return LIST;
	}

	@Audited(value = AuditAction.VIEW, client = "")
	@GetMapping("/reviews/{reviewId}/dispose")
	String disposeForm(@PathVariable long reviewId, Model model, RedirectAttributes redirect) {
		if (!showDue(reviewId, model)) {
			redirect.addFlashAttribute("problem", "retention.error.decided");
			return LIST;
		}
		model.addAttribute("form", new DisposeForm());
		return "retention/dispose";
	}

	@Audited(value = AuditAction.DISPOSE, client = "")
	@PostMapping("/reviews/{reviewId}/dispose")
	String dispose(@PathVariable long reviewId, @Validated @ModelAttribute("form") DisposeForm form,
			BindingResult result, @AuthenticationPrincipal HoldspaceUser me, Model model,
			RedirectAttributes redirect) {
		if (!showDue(reviewId, model)) {
			redirect.addFlashAttribute("problem", "retention.error.decided");
			return LIST;
		}
		if (result.hasErrors()) {
			return "retention/dispose";
		}
		long clientId;
		try {
			clientId = this.reviews.dispose(reviewId, form.getConfirmName(), me);
		}
		catch (Refused refused) {
			refused.addTo(result);
			return "retention/dispose";
		}
		redirect.addFlashAttribute("notice", "retention.notice.disposed");
		redirect.addFlashAttribute("disposedClient", clientId);
		return LIST;
	}

	/** Puts the review's client on the page and names them for the audit log; false when decided. */
	private boolean showDue(long reviewId, Model model) {
		Optional<DueClient> due = this.reviews.pending(reviewId);
		due.ifPresent(client -> {
			AuditLog.concerns(client.clientId());
			model.addAttribute("due", client);
			model.addAttribute("rule", this.reviews.rule());
		});
		return due.isPresent();
	}

}
