package com.holdspace.staff;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.holdspace.shared.AccessEvent;
import com.holdspace.shared.RateLimits;
import com.holdspace.shared.SecurityEvents;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Anyone signed in changes their own password (SecurityConfig). The password in use is asked
 * first, and wrong guesses count against the same limit as signing in; the change ends every other
 * session of the account, so a device left signed in elsewhere is signed out.
 */
@Controller
class PasswordChangeController {

	static final String URL = "/account/password";

	private final StaffService staff;

	private final RateLimits limits;

	private final SecurityEvents events;

	PasswordChangeController(StaffService staff, RateLimits limits, SecurityEvents events) {
		this.staff = staff;
		this.limits = limits;
		this.events = events;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		binder.setAllowedFields("current", "password", "repeat");
	}

	@GetMapping(URL)
	String form(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return "staff/password";
	}

	@PostMapping(URL)
	String change(@Validated @ModelAttribute("form") PasswordChangeForm form, BindingResult result,
			Authentication signedIn, HttpServletRequest request, RedirectAttributes redirect) throws ServletException {
		var me = (HoldspaceUser) signedIn.getPrincipal();
		if (!result.hasFieldErrors("current")) {
			if (!this.limits.tryOnce(RateLimits.Limit.SIGN_IN_ACCOUNT, me.getUsername())) {
				this.events.about(AccessEvent.Kind.LOCKOUT, signedIn, "password change attempts over the limit", request);
				request.logout();
				return "redirect:/login?throttled";
			}
			if (!this.staff.passwordMatches(me.getAccountId(), form.getCurrent())) {
				result.rejectValue("current", "account.password.error.current");
			}
		}
		if (!result.hasFieldErrors("password") && !form.getPassword().equals(form.getRepeat())) {
			result.rejectValue("repeat", "portal.accept.error.repeat");
		}
		if (result.hasErrors()) {
			form.setCurrent(null);
			return "staff/password";
		}
		this.limits.forget(RateLimits.Limit.SIGN_IN_ACCOUNT, me.getUsername());
		this.staff.changeOwnPassword(me.getAccountId(), form.getPassword(), request.getSession().getId());
		this.events.about(AccessEvent.Kind.ACCOUNT, signedIn, "own password changed; other sessions ended", request);
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:" + URL;
	}

}
