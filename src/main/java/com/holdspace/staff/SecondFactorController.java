package com.holdspace.staff;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.holdspace.shared.AccessEvent;
import com.holdspace.shared.RateLimits;
import com.holdspace.shared.SecurityEvents;
import com.holdspace.shared.SignInFailures;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Staff who gave the right password, and admins asked again after 30 minutes (see SecurityConfig):
 * the code from their authenticator app, or a recovery code; and, the first time, setting the app up.
 * Five wrong codes in 15 minutes sign the person out.
 */
@Controller
class SecondFactorController {

	static final String NEW_SECRET = SecondFactorController.class.getName() + ".secret";

	private final SecondFactor secondFactor;

	private final SecondFactorStep step;

	private final RateLimits limits;

	private final SignInFailures failures;

	private final SecurityEvents events;

	SecondFactorController(SecondFactor secondFactor, SecondFactorStep step, RateLimits limits, SignInFailures failures,
			SecurityEvents events) {
		this.secondFactor = secondFactor;
		this.step = step;
		this.limits = limits;
		this.failures = failures;
		this.events = events;
	}

	@GetMapping(SecondFactorStep.VERIFY_URL)
	String verifyForm(Authentication signedIn, @RequestParam(required = false) String again, Model model) {
		HoldspaceUser user = userOf(signedIn);
		if (!this.secondFactor.isEnrolled(user.getAccountId())) {
			return "redirect:" + SecondFactorStep.SETUP_URL;
		}
		model.addAttribute("again", again != null || !PendingSecondFactor.isPending(signedIn));
		return "staff/second-factor";
	}

	@PostMapping(SecondFactorStep.VERIFY_URL)
	String verify(@RequestParam(defaultValue = "") String code, Authentication signedIn, HttpServletRequest request,
			HttpServletResponse response, Model model) throws IOException, ServletException {
		HoldspaceUser user = userOf(signedIn);
		String who = user.getUsername();
		String address = request.getRemoteAddr();
		model.addAttribute("again", !PendingSecondFactor.isPending(signedIn));
		SignInFailures.Attempt attempt = this.failures.begin(SignInFailures.Step.CODE, who, address);
		if (!attempt.allowed()) {
			// wrong codes from here wait longer each time; the right code from elsewhere is still heard
			this.events.throttled(who, request);
			return waitBeforeNextCode(attempt, model, "staff/second-factor");
		}
		if (!this.secondFactor.verify(user.getAccountId(), code)) {
			this.events.about(AccessEvent.Kind.SECOND_FACTOR_FAILED, signedIn, "second factor refused", request);
			// a wrong code is a failure from this address too, counted with wrong passwords
			if (!this.limits.tryOnce(RateLimits.Limit.SIGN_IN_ADDRESS, address)) {
				return signOut(signedIn, request);
			}
			model.addAttribute("wrongCode", true);
			return "staff/second-factor";
		}
		this.failures.succeeded(SignInFailures.Step.CODE, who, address);
		this.events.about(AccessEvent.Kind.SECOND_FACTOR, signedIn, "second factor given", request);
		boolean signingIn = PendingSecondFactor.isPending(signedIn);
		String next = this.step.upgrade(user, request, response);
		if (signingIn) {
			// the sign-in is complete only now, with the password and the code both given
			this.events.signedIn(SecurityContextHolder.getContext().getAuthentication(), request);
		}
		return "redirect:" + next;
	}

	@GetMapping(SecondFactorStep.SETUP_URL)
	String setupForm(Authentication signedIn, HttpSession session, Model model) {
		HoldspaceUser user = userOf(signedIn);
		if (this.secondFactor.isEnrolled(user.getAccountId())) {
			return "redirect:" + SecondFactorStep.VERIFY_URL;
		}
		return setupPage(user, session, model);
	}

	@PostMapping(SecondFactorStep.SETUP_URL)
	String setup(@RequestParam(defaultValue = "") String code, Authentication signedIn, HttpServletRequest request,
			HttpServletResponse response, HttpSession session, Model model) throws IOException, ServletException {
		HoldspaceUser user = userOf(signedIn);
		if (this.secondFactor.isEnrolled(user.getAccountId())) {
			return "redirect:" + SecondFactorStep.VERIFY_URL;
		}
		String who = user.getUsername();
		SignInFailures.Attempt attempt = this.failures.begin(SignInFailures.Step.CODE, who, request.getRemoteAddr());
		if (!attempt.allowed()) {
			this.events.throttled(who, request);
			setupPage(user, session, model);
			return waitBeforeNextCode(attempt, model, "staff/second-factor-setup");
		}
		String secret = (String) session.getAttribute(NEW_SECRET);
		Optional<List<String>> recovery = (secret != null)
				? this.secondFactor.enroll(user.getAccountId(), secret, code, session.getId()) : Optional.empty();
		if (recovery.isEmpty()) {
			model.addAttribute("wrongCode", true);
			return setupPage(user, session, model);
		}
		session.removeAttribute(NEW_SECRET);
		this.failures.succeeded(SignInFailures.Step.CODE, who, request.getRemoteAddr());
		this.events.about(AccessEvent.Kind.ACCOUNT, signedIn, "second factor set up", request);
		String next = this.step.upgrade(user, request, response);
		this.events.signedIn(SecurityContextHolder.getContext().getAuthentication(), request);
		model.addAttribute("recoveryCodes", recovery.get());
		model.addAttribute("next", next);
		return "staff/recovery-codes";
	}

	private String setupPage(HoldspaceUser user, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(NEW_SECRET);
		if (secret == null) {
			secret = SecondFactor.newSecret();
			session.setAttribute(NEW_SECRET, secret);
		}
		model.addAttribute("qrCode", SecondFactor.qrCode(user.getUsername(), secret));
		model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
		return "staff/second-factor-setup";
	}

	/** Too many wrong codes from here for now: the page says how long to wait, and keeps the person where they are. */
	private static String waitBeforeNextCode(SignInFailures.Attempt attempt, Model model, String page) {
		model.addAttribute("wrongCode", true);
		model.addAttribute("waitSeconds", Math.max(1, attempt.waitFor().toSeconds() + (attempt.waitFor().toNanosPart() > 0 ? 1 : 0)));
		return page;
	}

	private String signOut(Authentication signedIn, HttpServletRequest request) throws ServletException {
		this.events.about(AccessEvent.Kind.LOCKOUT, signedIn, "second-factor attempts over the limit", request);
		request.logout();
		return "redirect:/login?throttled";
	}

	private static HoldspaceUser userOf(Authentication signedIn) {
		return (HoldspaceUser) signedIn.getPrincipal();
	}

}
