package com.holdspace.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.holdspace.staff.HoldspaceUser;
import com.holdspace.staff.StaffService;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Therapists and admin only (see SecurityConfig): taking the tablet back from a client. The
 * signed-in therapist types their password; after five wrong tries the session is signed out.
 */
@Controller
class KioskController {

	static final int ATTEMPTS = 5;

	private final StaffService staffService;

	KioskController(StaffService staffService) {
		this.staffService = staffService;
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
		if (this.staffService.passwordMatches(me.getAccountId(), password)) {
			return "redirect:" + KioskMode.unlock(session);
		}
		if (KioskMode.failedUnlock(session) >= ATTEMPTS) {
			request.logout();
			return "redirect:/login";
		}
		model.addAttribute("wrongPassword", true);
		return "kiosk/unlock";
	}

}
