package com.holdspace.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A successful sign-in starts that account's count of tries again and does not count against its
 * address (see SignInThrottle).
 */
@Component
class SignInReset {

	private final RateLimits limits;

	SignInReset(RateLimits limits) {
		this.limits = limits;
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.limits.forget(RateLimits.Limit.SIGN_IN_ACCOUNT, event.getAuthentication().getName());
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			this.limits.giveBack(RateLimits.Limit.SIGN_IN_ADDRESS, request.getRequest().getRemoteAddr());
		}
	}

}
