package com.holdspace.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import com.holdspace.shared.SignedInPerson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Records every answered request to an {@link Audited} handler, with how it went: a 404 for another
 * client's id is as telling as a 200.
 */
@Component
class AuditInterceptor implements HandlerInterceptor {

	/** How the audit subject marks a therapist's read of what a colleague wrote. */
	static final String COLLEAGUES_MARK = " (a colleague's record)";

	private final AuditLog log;

	/** Who answers whose client a record is, by record name, when the path holds the record's id. */
	private final Map<String, ClientOfRecord> clientOf;

	AuditInterceptor(AuditLog log, List<ClientOfRecord> clientOf) {
		this.log = log;
		this.clientOf = clientOf.stream().collect(Collectors.toUnmodifiableMap(ClientOfRecord::record, owner -> owner));
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception failure) {
		if (!(handler instanceof HandlerMethod method)) {
			return;
		}
		Audited audited = method.getMethodAnnotation(Audited.class);
		if (audited == null) {
			return;
		}
		int status = (failure != null && response.getStatus() < 400) ? 500 : response.getStatus();
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		this.log.record(audited.value(), who, null, clientOf(request, audited, who),
				subject(request), status, request.getRemoteAddr());
	}

	/**
	 * The request as made, its query included (which record, which page), within the column's limit;
	 * a therapist's read of a colleague's record says so.
	 */
	private static String subject(HttpServletRequest request) {
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		String mark = Boolean.TRUE.equals(request.getAttribute(CareCheck.COLLEAGUES_ATTRIBUTE)) ? COLLEAGUES_MARK : "";
		String subject = request.getMethod() + " " + request.getRequestURI() + query;
		int room = 500 - mark.length();
		return ((subject.length() > room) ? subject.substring(0, room - 1) + "…" : subject) + mark;
	}

	/** The id in the path that {@link Audited#client()} names, and of which record ("" for the client's own). */
	record PathId(String record, long id) {
	}

	static PathId pathId(HttpServletRequest request, Audited audited) {
		String[] source = audited.client().split(":");
		String variable = source[source.length - 1];
		if (!variable.isEmpty()
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
				&& variables.get(variable) instanceof String id && id.matches("\\d{1,18}")) {
			return new PathId((source.length == 1) ? "" : source[0], Long.parseLong(id));
		}
		return null;
	}

	private Long clientOf(HttpServletRequest request, Audited audited, Authentication who) {
		if (request.getAttribute(AuditLog.CLIENT_ATTRIBUTE) instanceof Long named) {
			return named;
		}
		PathId named = pathId(request, audited);
		if (named != null) {
			if (named.record().isEmpty()) {
				return named.id();
			}
			return this.clientOf.get(named.record()).clientOf(named.id()).orElse(null);
		}
		// a client in their own portal is always about themself
		if (who != null && who.getPrincipal() instanceof SignedInPerson user && user.getClientId() != null) {
			return user.getClientId();
		}
		return null;
	}

}
