package com.holdspace.shared;

import org.springframework.security.core.Authentication;

/**
 * Something about signing in that the audit log keeps, raised where it happens: attempts stopped by
 * a rate limit, a tablet signed out after wrong passwords, a sign-in ended by its time limit.
 *
 * @param kind what happened
 * @param who who was signed in, if anyone
 * @param typed the email typed, when nobody was signed in
 * @param subject what was being reached
 * @param address where the request came from
 */
public record AccessEvent(Kind kind, Authentication who, String typed, String subject, String address) {

	public enum Kind {

		LOCKOUT, TIMEOUT, DENIED, SECOND_FACTOR, SECOND_FACTOR_FAILED, ACCOUNT, SIGNED_IN, THROTTLE_LIFTED

	}

}
