package com.holdspace.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.holdspace.shared.Emails;
import com.holdspace.shared.RateLimits;
import com.holdspace.shared.SecurityEvents;
import com.holdspace.shared.SignInFailures;

/**
 * Sign-in attempts, counted before the password is checked: per account and address, where the
 * fourth failure on waits twice as long as the one before (SignInFailures), and thirty failures per
 * address in fifteen minutes whatever the accounts. A try that must wait gets the same answer, the
 * right password included, whether or not the account exists. A right password from an address
 * that has not failed is always heard. A successful sign-in forgets the address's count
 * (SignInReset). Runs inside Spring Security's chain, just before the sign-in form is read.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final String THROTTLED_URL = "/login?throttled";

	private final RateLimits limits;

	private final SignInFailures failures;

	private final SecurityEvents events;

	SignInThrottle(RateLimits limits, SignInFailures failures, SecurityEvents events) {
		this.limits = limits;
		this.failures = failures;
		this.events = events;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/login"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = Emails.normalise(request.getParameter("username"));
		String address = request.getRemoteAddr();
		if (!this.limits.tryOnce(RateLimits.Limit.SIGN_IN_ADDRESS, address)
				|| !this.failures.begin(SignInFailures.Step.PASSWORD, email, address).allowed()) {
			this.events.throttled(email, request);
			response.sendRedirect(request.getContextPath() + THROTTLED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
