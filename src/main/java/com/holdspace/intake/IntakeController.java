package com.holdspace.intake;

import java.util.Locale;
import java.util.UUID;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.client.ClientService;
import com.holdspace.staff.HoldspaceUser;

/**
 * Therapists and admin only (see SecurityConfig): the intake summary with its holds, the staff form
 * and completing it, versions and what changed between them. A therapist reaches them for a client
 * in their care, or, until the client's first intake is complete, to do it (see {@link Audited.Care}).
 */
@Controller
@RequestMapping("/clients/{clientId}/intake")
class IntakeController {

	private final IntakeService intakeService;

	private final IntakePages pages;

	private final ClientService clientService;

	private final IntakeValidator validator;

	private final IntakeAnswerText answerText;

	IntakeController(IntakeService intakeService, IntakePages pages, ClientService clientService,
			IntakeValidator validator, IntakeAnswerText answerText) {
		this.intakeService = intakeService;
		this.pages = pages;
		this.clientService = clientService;
		this.validator = validator;
		this.answerText = answerText;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		binder.addValidators(this.validator);
	}

	@Audited(value = AuditAction.VIEW, care = Audited.Care.FIRST_INTAKE)
	@GetMapping
	String summary(@PathVariable long clientId, Model model) {
		return this.pages.summary(clientId, model);
	}

	@Audited(value = AuditAction.VIEW, care = Audited.Care.FIRST_INTAKE)
	@GetMapping("/edit")
	String edit(@PathVariable long clientId, Model model) {
		return this.pages.showForm(clientId, this.intakeService.workingCopy(clientId), IntakeFiller.STAFF, model);
	}

	/** The summary step's check, drawn again by the page after each save: flags, holds, what is missing. */
	@Audited(value = AuditAction.VIEW, care = Audited.Care.FIRST_INTAKE)
	@GetMapping("/check")
	String check(@PathVariable long clientId, Model model) {
		return this.pages.check(clientId, model);
	}

	@Audited(value = AuditAction.SIGN, care = Audited.Care.FIRST_INTAKE)
	@PostMapping("/complete")
	String complete(@PathVariable long clientId, @Validated @ModelAttribute("form") IntakeForm form,
			BindingResult result, @RequestParam UUID completionToken,
			@RequestParam(required = false) Integer draftVersion, @AuthenticationPrincipal HoldspaceUser me,
			Model model, RedirectAttributes redirect) {
		if (this.intakeService.versionMadeBy(clientId, completionToken).isPresent()) {
			return "redirect:/clients/" + clientId + "/intake";
		}
		model.addAttribute("completionToken", completionToken);
		if (this.intakeService.draftChangedSince(clientId, draftVersion)) {
			// answers from another device arrived meanwhile: show this device's answers, save nothing,
			// and let a second, deliberate "Complete" decide
			result.reject("intake.error.changedElsewhere");
			return this.pages.showForm(clientId, form, IntakeFiller.STAFF, model);
		}
		if (result.hasErrors()) {
			// nothing typed is lost: what was sent becomes the draft, then the form comes back
			this.intakeService.saveDraft(clientId, form, draftVersion, false, false, me.getAccountId(),
					me.getDisplayName());
			return this.pages.showForm(clientId, form, IntakeFiller.STAFF, model);
		}
		try {
			this.intakeService.complete(clientId, form, completionToken, me.getAccountId(), me.getDisplayName());
			redirect.addFlashAttribute("notice", "intake.notice.completed");
		}
		catch (ConcurrentCompletionException race) {
			if (this.intakeService.versionMadeBy(clientId, completionToken).isEmpty()) {
				redirect.addFlashAttribute("problem", "intake.error.concurrentCompletion");
			}
		}
		return "redirect:/clients/" + clientId + "/intake";
	}

	@Audited(AuditAction.VIEW)
	@GetMapping("/versions/{number}")
	String version(@PathVariable long clientId, @PathVariable int number, Locale locale, Model model) {
		return this.pages.version(clientId, number, locale, model);
	}

	@Audited(AuditAction.VIEW)
	@GetMapping("/compare")
	String compare(@PathVariable long clientId, @RequestParam int from, @RequestParam int to, Locale locale,
			Model model) {
		var older = this.intakeService.version(clientId, Math.min(from, to));
		var newer = this.intakeService.version(clientId, Math.max(from, to));
		model.addAttribute("client", this.clientService.get(clientId));
		model.addAttribute("older", older);
		model.addAttribute("newer", newer);
		model.addAttribute("changes", this.answerText.describe(
				IntakeComparison.changes(this.intakeService.answersOf(older), this.intakeService.answersOf(newer)),
				locale));
		return "intake/compare";
	}

}
