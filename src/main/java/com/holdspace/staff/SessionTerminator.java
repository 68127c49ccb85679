package com.holdspace.staff;

import java.util.Comparator;
import java.util.List;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import com.holdspace.shared.HashedSessionIds;
import com.holdspace.shared.SecretTokens;

/**
 * Ends every signed-in session of an account. Sessions live in PostgreSQL, so this works at once
 * and on every instance of the app.
 */
@Component
class SessionTerminator {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** The account's sessions, most recently active first. */
	List<OpenSession> sessionsOf(Account account) {
		return this.sessions.findByPrincipalName(account.getEmail())
			.values()
			.stream()
			.filter(session -> !session.isExpired())
			.map(session -> new OpenSession(keyOf(session.getId()), session.getCreationTime(),
					session.getLastAccessedTime(), session.getLastAccessedTime().plus(session.getMaxInactiveInterval())))
			.sorted(Comparator.comparing(OpenSession::lastActiveAt).reversed())
			.toList();
	}

	/** Ends the one session of the account with this key; answers whether there was one. */
	boolean end(Account account, String key) {
		var match = this.sessions.findByPrincipalName(account.getEmail())
			.keySet()
			.stream()
			.filter(id -> keyOf(id).equals(key))
			.findFirst();
		match.ifPresent(this.sessions::deleteById);
		return match.isPresent();
	}

	static String keyOf(String sessionId) {
		return SecretTokens.sha256(sessionId).substring(0, 16);
	}

	int endSessionsOf(Account account) {
		return endSessionsOf(account, null);
	}

	/**
	 * Ends every session of the account but the one named (the person's own, on this device, by its
	 * cookie's id; sessions found by name carry their stored id, see HashedSessionIds).
	 */
	int endSessionsOf(Account account, String keepSessionId) {
		var open = this.sessions.findByPrincipalName(account.getEmail());
		String keep = (keepSessionId != null) ? HashedSessionIds.listedId(keepSessionId) : null;
		open.keySet()
			.stream()
			.filter(id -> !id.equals(keep) && !id.equals(keepSessionId))
			.forEach(this.sessions::deleteById);
		return open.size();
	}

}
