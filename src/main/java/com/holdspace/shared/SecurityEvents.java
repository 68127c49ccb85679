package com.holdspace.shared;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/** Raises {@link AccessEvent}s for the audit log, which listens for them. */
@Component
public class SecurityEvents {

	/** An event about the person signed in now (or being signed in), from the current request. */
	public void about(AccessEvent.Kind kind, Authentication who, String subject, HttpServletRequest request) {
		this.publisher.publishEvent(new AccessEvent(kind, who, null, subject, request.getRemoteAddr()));
	}


	private final ApplicationEventPublisher publisher;

	public SecurityEvents(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	public void throttled(String email, HttpServletRequest request) {
		this.publisher.publishEvent(new AccessEvent(AccessEvent.Kind.LOCKOUT, null, email,
				"sign-in attempts over the limit", request.getRemoteAddr()));
	}

	/** A staff sign-in complete: the password and then the second factor both given. */
	public void signedIn(Authentication who, HttpServletRequest request) {
		this.publisher.publishEvent(new AccessEvent(AccessEvent.Kind.SIGNED_IN, who, null,
				"sign-in with password and second factor", request.getRemoteAddr()));
	}

	/** An admin let an account's slowed-down sign-ins be heard again at once. */
	public void throttleLifted(String account, int cleared, HttpServletRequest request) {
		this.publisher.publishEvent(new AccessEvent(AccessEvent.Kind.THROTTLE_LIFTED,
				SecurityContextHolder.getContext().getAuthentication(), null,
				"sign-in wait lifted for " + account + " (" + cleared + " counts cleared)", request.getRemoteAddr()));
	}

	public void tabletSignedOut(HttpServletRequest request) {
		this.publisher.publishEvent(new AccessEvent(AccessEvent.Kind.LOCKOUT,
				SecurityContextHolder.getContext().getAuthentication(), null,
				"tablet signed out after wrong passwords", request.getRemoteAddr()));
	}

	public void timedOut(String principal, HttpServletRequest request) {
		this.publisher.publishEvent(new AccessEvent(AccessEvent.Kind.TIMEOUT, null, principal,
				"sign-in ended after 12 hours", request.getRemoteAddr()));
	}

	public void denied(HttpServletRequest request, String why) {
		this.publisher.publishEvent(new AccessEvent(AccessEvent.Kind.DENIED,
				SecurityContextHolder.getContext().getAuthentication(), null,
				"refused " + request.getMethod() + " " + request.getRequestURI() + " (" + why + ")",
				request.getRemoteAddr()));
	}

}
