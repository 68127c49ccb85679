package com.holdspace.web;

import java.security.Principal;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.holdspace.shared.Authorities;

/**
 * Who is looking at a page, worked out once per request for the layout's navigation. The templates
 * ask this instead of {@code sec:authorize}, which parses a SpEL expression on every use: seventeen
 * of them on every page cost more than some pages' database work. It only decides what a page
 * shows; what a person may open is still decided by the security rules on each address.
 */
public final class Viewer {

	private static final Viewer NOBODY = new Viewer(Set.of(), false);

	private final Set<String> authorities;

	private final boolean signedIn;

	private Viewer(Set<String> authorities, boolean signedIn) {
		this.authorities = authorities;
		this.signedIn = signedIn;
	}

	static Viewer of(Principal principal) {
		if (!(principal instanceof Authentication authentication) || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return NOBODY;
		}
		Set<String> authorities = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.collect(Collectors.toUnmodifiableSet());
		return new Viewer(authorities, !authorities.contains(Authorities.SECOND_FACTOR_PENDING));
	}

	/** Signed in fully: a person still owing their second factor is not, yet. */
	public boolean isSignedIn() {
		return this.signedIn;
	}

	public boolean isAdmin() {
		return has("ADMIN");
	}

	public boolean isTherapist() {
		return has("THERAPIST");
	}

	public boolean isClient() {
		return has("CLIENT");
	}

	/** Admin, therapist or front desk. */
	public boolean isStaff() {
		return isAdmin() || isTherapist() || has("FRONT_DESK");
	}

	/** Admin or front desk: the people who keep schedules. */
	public boolean isDeskOrAdmin() {
		return isAdmin() || has("FRONT_DESK");
	}

	private boolean has(String role) {
		return this.signedIn && this.authorities.contains("ROLE_" + role);
	}

}
