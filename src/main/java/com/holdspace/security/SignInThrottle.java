package com.holdspace.security;

import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.holdspace.system.RateLimits;
import com.holdspace.system.SecurityEvents;

/**
 * Sign-in attempts, counted before the password is checked: five per account (the email typed, known
 * or not) and thirty failures per address in fifteen minutes. Past either, every attempt gets the same
 * answer, the right password included, until the time has passed. A successful sign-in starts the
 * account's count again (SignInReset). Runs inside Spring Security's chain, just before the sign-in
 * form is read.
 */
class SignInThrottle extends OncePerRequestFilter {

	static final String THROTTLED_URL = "/login?throttled";

	private final RateLimits limits;

	private final SecurityEvents events;

	SignInThrottle(RateLimits limits, SecurityEvents events) {
		this.limits = limits;
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
		String email = String.valueOf(request.getParameter("username"));
		if (!this.limits.tryOnce(RateLimits.Limit.SIGN_IN_ADDRESS, request.getRemoteAddr())
				|| !this.limits.tryOnce(RateLimits.Limit.SIGN_IN_ACCOUNT, email)) {
			this.events.throttled(email, request);
			response.sendRedirect(request.getContextPath() + THROTTLED_URL);
			return;
		}
		chain.doFilter(request, response);
	}

}
