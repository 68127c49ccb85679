package com.holdspace.audit;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

import com.holdspace.shared.NotYoursException;
import com.holdspace.shared.CareRelationship;
import com.holdspace.shared.SignedInPerson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place a therapist's way to a client's clinical records is decided: every {@link Audited}
 * request about a client or a session record asks {@link CareRelationship} once, before the
 * handler runs. Outside the client's care the record answers as not found, and the refusal is
 * audited like any other. A read of what a colleague wrote is marked for the audit log.
 */
@Component
class CareCheck implements HandlerInterceptor {

	/** Set when a therapist's request reaches records someone else wrote. */
	static final String COLLEAGUES_ATTRIBUTE = CareCheck.class.getName() + ".colleagues";

	private final CareRelationship care;

	CareCheck(CareRelationship care) {
		this.care = care;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		Audited audited = method.getMethodAnnotation(Audited.class);
		if (audited == null || audited.care() == Audited.Care.NONE) {
			return true;
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || !(who.getPrincipal() instanceof SignedInPerson person)
				|| !CareRelationship.isTherapist(person)) {
			return true;
		}
		AuditInterceptor.PathId named = AuditInterceptor.pathId(request, audited);
		if (named == null) {
			return true;
		}
		CareRelationship.Reach reach;
		if (named.record().isEmpty()) {
			reach = this.care.reachOfClient(person.getAccountId(), named.id());
		}
		else {
			reach = this.care.reachOfSession(person.getAccountId(), named.id()).orElse(null);
			if (reach == null) {
				// no such record: the handler says so
				return true;
			}
		}
		request.setAttribute(AuditLog.CLIENT_ATTRIBUTE, reach.clientId());
		boolean open = reach.cares() || (audited.care() == Audited.Care.FIRST_INTAKE && !reach.intakeDone());
		if (!open) {
			throw new NotYoursException("Clinical records of a client not in care", reach.clientId());
		}
		if (reach.colleagues() && isRead(audited.value())) {
			request.setAttribute(COLLEAGUES_ATTRIBUTE, Boolean.TRUE);
		}
		return true;
	}

	private static boolean isRead(AuditAction action) {
		return action == AuditAction.VIEW || action == AuditAction.PRINT || action == AuditAction.EXPORT;
	}

}
