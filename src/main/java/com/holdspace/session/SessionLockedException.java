package com.holdspace.session;

/** A signed record was about to change: it takes an amendment instead. */
class SessionLockedException extends RuntimeException {

	SessionLockedException(Long sessionId) {
		super("Session record " + sessionId + " is signed");
	}

}
