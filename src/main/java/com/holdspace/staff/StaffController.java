package com.holdspace.staff;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.audit.AuditAction;
import com.holdspace.audit.Audited;
import com.holdspace.shared.Emails;
import com.holdspace.shared.Refused;
import com.holdspace.shared.SecurityEvents;
import com.holdspace.shared.SignInFailures;
import com.holdspace.site.Sites;

import jakarta.servlet.http.HttpServletRequest;

/** Admin only (see SecurityConfig): staff accounts. */
@Controller
@RequestMapping("/admin/staff")
class StaffController {

	private static final String FORM = "staff/form";

	private static final String DETAIL = "staff/detail";

	private final StaffService staffService;

	private final SecondFactor secondFactor;

	private final SignInFailures failures;

	private final SecurityEvents events;

	private final Sites sites;

	StaffController(StaffService staffService, SecondFactor secondFactor, Sites sites, SignInFailures failures,
			SecurityEvents events) {
		this.staffService = staffService;
		this.secondFactor = secondFactor;
		this.sites = sites;
		this.failures = failures;
		this.events = events;
	}

	@ModelAttribute("staffRoles")
	Iterable<Role> staffRoles() {
		return Role.STAFF;
	}

	/** A clinic with one site is not asked where anyone works. */
	@ModelAttribute
	void siteChoice(Model model) {
		this.sites.choice(null).addTo(model);
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("accounts", this.staffService.staff());
		model.addAttribute("slowed", this.failures.slowed());
		return "staff/list";
	}

	/** Lets an account's sign-ins be heard again at once, from every address; written to the audit log. */
	@PostMapping("/sign-in-waits/lift")
	String liftWait(@RequestParam String account, HttpServletRequest request, RedirectAttributes redirect) {
		int cleared = this.failures.lift(account);
		this.events.throttleLifted(Emails.normalise(account), cleared, request);
		redirect.addFlashAttribute("notice", "staff.notice.waitLifted");
		return "redirect:/admin/staff";
	}

	@GetMapping("/new")
	String newForm(Model model) {
		NewStaffForm form = new NewStaffForm();
		form.setSiteId(this.sites.defaultSiteId());
		model.addAttribute("form", form);
		return FORM;
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping
	String create(@Validated @ModelAttribute("form") NewStaffForm form, BindingResult result,
			RedirectAttributes redirect) {
		if (!result.hasFieldErrors("email") && this.staffService.emailTaken(form.getEmail())) {
			result.rejectValue("email", "staff.error.emailTaken");
		}
		// the form offers staff roles only, but a hand-made request can name any role
		if (form.getRole() != null && !form.getRole().isStaff()) {
			result.rejectValue("role", "staff.error.roleNotStaff");
		}
		if (result.hasErrors()) {
			return FORM;
		}
		var account = this.staffService.create(form);
		redirect.addFlashAttribute("notice", "staff.notice.created");
		return "redirect:/admin/staff/" + account.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, Model model) {
		model.addAttribute("passwordForm", new PasswordResetForm());
		return detailPage(id, model);
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/sessions/end")
	String endSessions(@PathVariable long id, @RequestParam(required = false) String key,
			RedirectAttributes redirect) {
		return apply(id, redirect, (key == null) ? "staff.notice.sessionsEnded" : "staff.notice.sessionEnded",
				() -> this.staffService.endSessions(id, key));
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
		return apply(id, redirect, "staff.notice.secondFactorReset", () -> {
			this.staffService.get(id);
			this.secondFactor.reset(id);
		});
	}

	private String detailPage(long id, Model model) {
		Account account = this.staffService.get(id);
		model.addAttribute("account", account);
		// their own site stays on the list even once it is out of use
		model.addAttribute("siteOptions", this.sites.choice(account.getSiteId()).options());
		model.addAttribute("sessions", this.staffService.sessionsOf(id));
		model.addAttribute("recoveryCodesLeft", account.hasSecondFactor() ? this.secondFactor.recoveryCodesLeft(id) : 0);
		return DETAIL;
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/role")
	String changeRole(@PathVariable long id, @RequestParam Role role, @AuthenticationPrincipal HoldspaceUser me,
			RedirectAttributes redirect) {
		return apply(id, redirect, "staff.notice.roleChanged",
				() -> this.staffService.changeRole(id, role, me.getAccountId()));
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/experience")
	String markExperienced(@PathVariable long id, @RequestParam(defaultValue = "false") boolean experienced,
			RedirectAttributes redirect) {
		return apply(id, redirect, "staff.notice.experienceChanged", () -> this.staffService.markExperienced(id, experienced));
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/site")
	String moveToSite(@PathVariable long id, @RequestParam long siteId, RedirectAttributes redirect) {
		return apply(id, redirect, "staff.notice.siteChanged", () -> this.staffService.moveToSite(id, siteId));
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, @AuthenticationPrincipal HoldspaceUser me, RedirectAttributes redirect) {
		return apply(id, redirect, "staff.notice.disabled", () -> this.staffService.disable(id, me.getAccountId()));
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return apply(id, redirect, "staff.notice.enabled", () -> this.staffService.enable(id));
	}

	@Audited(value = AuditAction.ACCOUNT, client = "")
	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Validated @ModelAttribute("passwordForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return detailPage(id, model);
		}
		return apply(id, redirect, "staff.notice.passwordReset",
				() -> this.staffService.resetPassword(id, form.getNewPassword()));
	}

	private String apply(long id, RedirectAttributes redirect, String successKey, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", successKey);
		}
		catch (Refused refused) {
			redirect.addFlashAttribute("problem", refused.code());
		}
		return "redirect:/admin/staff/" + id;
	}

}
