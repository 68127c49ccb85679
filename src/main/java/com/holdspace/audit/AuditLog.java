package com.holdspace.audit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.holdspace.shared.ClinicTime;
import com.holdspace.shared.SignedInPerson;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Writes the audit log. Each event is its own short transaction, so it is kept whatever becomes of
 * the work around it. It is appended without waiting for the chain: within a second AuditChainJob
 * chains it to the event before (V55) and seals it with a key the database never holds (AuditSeals).
 */
@NamedInterface("api")
@Service
public class AuditLog {

	static final String CLIENT_ATTRIBUTE = AuditLog.class.getName() + ".client";

	private static final int SUBJECT_MAX = 500;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final ClinicTime time;

	AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, ClinicTime time) {
		this.jdbc = jdbc;
		this.time = time;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Names the client the current request is about, for an {@link Audited} handler whose path does
	 * not (a session record, the client's own portal).
	 */
	public static void concerns(long clientId) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(CLIENT_ATTRIBUTE, clientId, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/** Records an event by whoever is signed in, from the current request. */
	public void record(AuditAction action, Long clientId, String subject, Integer status) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		record(action, signedIn, null, clientId, subject, status, currentAddress());
	}

	/**
	 * Records an event. {@code typed} names the actor when nobody is signed in (the email typed at a
	 * failed sign-in, say).
	 */
	public void record(AuditAction action, Authentication who, String typed, Long clientId, String subject,
			Integer status, String address) {
		Long accountId = null;
		String actor = (typed != null && !typed.isBlank()) ? typed.strip() : "anonymous";
		String role = null;
		if (who != null && who.getPrincipal() instanceof SignedInPerson user) {
			accountId = user.getAccountId();
			actor = who.getName();
			role = user.getRoleName();
		}
		write(accountId, actor, role, clientId, action, subject, status, address);
	}

	/** Records an event about an account by name, with nobody at a keyboard (a session that timed out). */
	public void recordFor(String actor, AuditAction action, String subject) {
		write(null, actor, null, null, action, subject, null, null);
	}

	private void write(Long accountId, String actor, String role, Long clientId, AuditAction action, String subject,
			Integer status, String address) {
		Instant now = this.time.clock().instant();
		// appended as a plain row, committed before the page goes out; AuditChainJob chains and seals it
		this.ownTransaction.executeWithoutResult(tx -> this.jdbc.update("""
				insert into audit_event (occurred_at, account_id, actor, role, client_id, action, subject, status, address)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(now), accountId, fit(actor, 254), role, clientId,
				action.name(), fit(subject, SUBJECT_MAX), status, fit(address, 64)));
	}

	static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String fit(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
