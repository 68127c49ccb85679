package com.holdspace.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.holdspace.shared.RateLimits;
import com.holdspace.shared.SignInFailures;

/**
 * A right password forgets the wrong ones tried from that address at that account, and does not
 * count against the address (see SignInThrottle).
 */
@Component
class SignInReset {

	private final RateLimits limits;

	private final SignInFailures failures;

	SignInReset(RateLimits limits, SignInFailures failures) {
		this.limits = limits;
		this.failures = failures;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			String address = request.getRequest().getRemoteAddr();
			this.failures.succeeded(SignInFailures.Step.PASSWORD, event.getAuthentication().getName(), address);
			this.limits.giveBack(RateLimits.Limit.SIGN_IN_ADDRESS, address);
		}
	}

}
