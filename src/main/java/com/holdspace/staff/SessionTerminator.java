package com.holdspace.staff;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

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

	int endSessionsOf(Account account) {
		var open = this.sessions.findByPrincipalName(account.getEmail());
		open.keySet().forEach(this.sessions::deleteById);
		return open.size();
	}

}
