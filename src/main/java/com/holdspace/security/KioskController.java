package com.holdspace.security;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffService;

import jakarta.servlet.http.HttpServletRequest;

import com.holdspace.shared.KioskMode;
import com.holdspace.shared.RateLimits;
import com.holdspace.shared.SecurityEvents;

/**
 * Therapists and admin only (see SecurityConfig): taking the tablet back from a client. The
 * signed-in therapist types their password; after five wrong tries the session is signed out. The
 * tries are counted in PostgreSQL under a lock (RateLimits), so a burst of taps at once gets five
 * answers, not fifty.
 */
@Controller
class KioskController {

	private final StaffService staffService;

	private final RateLimits limits;

	private final SecurityEvents events;

	KioskController(StaffService staffService, RateLimits limits, SecurityEvents events) {
		this.staffService = staffService;
		this.limits = limits;
		this.events = events;
	}

	@GetMapping("/kiosk/unlock")
	String unlockForm(HttpServletRequest request) {
		return KioskMode.isLocked(request.getSession(false)) ? "kiosk/unlock" : "redirect:/";
	}

	@PostMapping("/kiosk/unlock")
	String unlock(@RequestParam(defaultValue = "") String password, @AuthenticationPrincipal HoldspaceUser me,
			HttpServletRequest request, Model model) throws Exception {
		var session = request.getSession(false);
		if (!KioskMode.isLocked(session)) {
			return "redirect:/";
		}
		String tablet = session.getId();
		if (!this.limits.tryOnce(RateLimits.Limit.UNLOCK, tablet)) {
			return signOut(request);
		}
		if (this.staffService.passwordMatches(me.getAccountId(), password)) {
			this.limits.forget(RateLimits.Limit.UNLOCK, tablet);
			return "redirect:" + KioskMode.unlock(session);
		}
		if (this.limits.triesLeft(RateLimits.Limit.UNLOCK, tablet) == 0) {
			return signOut(request);
		}
		model.addAttribute("wrongPassword", true);
		return "kiosk/unlock";
	}

	private String signOut(HttpServletRequest request) throws Exception {
		this.events.tabletSignedOut(request);
		request.logout();
		return "redirect:/login";
	}

}
