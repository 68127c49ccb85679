package com.holdspace.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.holdspace.shared.SecurityEvents;

/**
 * Sends whoever comes back with a sign-in that has ended (idle too long, or signed out by an admin)
 * to sign in again, and ends a sign-in twelve hours after it began, however busy it has been. Runs
 * right after the session is read and before security looks at who is signed in. Static files are
 * left alone: a stylesheet fetched alongside the page needs no sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 90)
class SessionLimitFilter extends OncePerRequestFilter {

	private final SessionLimits limits;

	private final SecurityEvents events;

	SessionLimitFilter(SessionLimits limits, SecurityEvents events) {
		this.limits = limits;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (StaticFiles.isStatic(request) || request.getRequestURI().startsWith(request.getContextPath() + "/feeds/")) {
			chain.doFilter(request, response);
			return;
		}
		var session = request.getSession(false);
		if (session != null && this.limits.isPastAbsoluteLimit(session)) {
			this.events.timedOut(principalOf(session), request);
			session.invalidate();
			this.limits.signInAgain(request, response);
			return;
		}
		if (session == null && SessionLimits.namesEndedSession(request)) {
			this.limits.signInAgain(request, response);
			return;
		}
		chain.doFilter(request, response);
		var kept = request.getSession(false);
		if (kept != null) {
			this.limits.noteBeginning(kept);
		}
	}

	/** The signed-in person's login, as Spring Session keeps it in the session. */
	private static String principalOf(jakarta.servlet.http.HttpSession session) {
		Object context = session.getAttribute("SPRING_SECURITY_CONTEXT");
		if (context instanceof org.springframework.security.core.context.SecurityContext security
				&& security.getAuthentication() != null) {
			return security.getAuthentication().getName();
		}
		return null;
	}

}
