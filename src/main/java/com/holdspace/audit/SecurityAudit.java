package com.holdspace.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import com.holdspace.system.AccessEvent;

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

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		this.log.record(AuditAction.SIGN_IN, event.getAuthentication(), null, null, "sign-in", null,
				AuditLog.currentAddress());
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		this.log.record(AuditAction.SIGN_IN_FAILED, null, event.getAuthentication().getName(), null,
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
			case ACCOUNT -> AuditAction.ACCOUNT;
		};
		this.log.record(action, event.who(), event.typed(), null, event.subject(),
				(event.kind() == AccessEvent.Kind.DENIED) ? 403 : null, event.address());
	}

}
