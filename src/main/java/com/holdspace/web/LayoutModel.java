package com.holdspace.web;

import java.security.Principal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

import com.holdspace.shared.KioskMode;
import com.holdspace.shared.SignedInPerson;


/** What the shared layout shows on every page, e.g. who is signed in. */
@ControllerAdvice
class LayoutModel {

	private final SessionLimits sessionLimits;

	LayoutModel(SessionLimits sessionLimits) {
		this.sessionLimits = sessionLimits;
	}

	@ModelAttribute("signedInName")
	String signedInName(Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof SignedInPerson user) {
			return user.getDisplayName();
		}
		return (principal != null) ? principal.getName() : null;
	}

	/** Which navigation and sign-out the layout shows. */
	@ModelAttribute("viewer")
	Viewer viewer(Principal principal) {
		return Viewer.of(principal);
	}

	/** For the warning shown before an idle sign-in ends. */
	@ModelAttribute("idleSeconds")
	long idleSeconds() {
		return this.sessionLimits.idleSeconds();
	}

	/** A tablet handed to a client shows no navigation and no sign-out. */
	@ModelAttribute("kiosk")
	boolean kiosk(HttpServletRequest request) {
		return KioskMode.isLocked(request.getSession(false));
	}

}
