package com.holdspace.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import com.holdspace.shared.AccessEvent;
import com.holdspace.shared.Emails;

/**
 * Signing in and out, refusals and lockouts, from the events Spring Security and Holdspace raise.
 * A visitor who is not signed in and is sent to the sign-in page is not a refusal worth a line;
 * a signed-in person refused anything is (see SecurityConfig's access-denied handler).
 */
@Component
class SecurityAudit {

	private final AuditLog log;

	SecurityAudit(AuditLog log) {
		this.log = log;
	}

	/**
	 * A right password. Staff give a second factor next, and their sign-in is written when that is
	 * given (AccessEvent SIGNED_IN); a client's sign-in is complete here.
	 */
	@EventListener
	void passwordAccepted(AuthenticationSuccessEvent event) {
		if (needsSecondFactor(event.getAuthentication())) {
			return;
		}
		this.log.record(AuditAction.SIGN_IN, event.getAuthentication(), null, null, "sign-in", null,
				AuditLog.currentAddress());
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		this.log.record(AuditAction.SIGN_IN_FAILED, null, Emails.normalise(event.getAuthentication().getName()), null,
				"sign-in refused: " + event.getException().getClass().getSimpleName(), null, AuditLog.currentAddress());
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		this.log.record(AuditAction.SIGN_OUT, event.getAuthentication(), null, null, "sign-out", null,
				AuditLog.currentAddress());
	}

	@EventListener
	void access(AccessEvent event) {
		AuditAction action = switch (event.kind()) {
			case LOCKOUT -> AuditAction.LOCKOUT;
			case TIMEOUT -> AuditAction.TIMEOUT;
			case DENIED -> AuditAction.DENIED;
			case SECOND_FACTOR -> AuditAction.SECOND_FACTOR;
			case SECOND_FACTOR_FAILED -> AuditAction.SECOND_FACTOR_FAILED;
			case ACCOUNT, THROTTLE_LIFTED -> AuditAction.ACCOUNT;
			case SIGNED_IN -> AuditAction.SIGN_IN;
		};
		this.log.record(action, event.who(), event.typed(), null, event.subject(),
				(event.kind() == AccessEvent.Kind.DENIED) ? 403 : null, event.address());
	}

	/** Staff sign in with a second factor; only a client's password completes a sign-in. */
	private static boolean needsSecondFactor(org.springframework.security.core.Authentication authentication) {
		return authentication.getAuthorities().stream().noneMatch(authority -> "ROLE_CLIENT".equals(authority.getAuthority()));
	}

}
