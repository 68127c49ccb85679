package com.holdspace.session;

/**
 * A page wrote to a part of the record that is no longer being written (the check-in was completed
 * on another device): nothing is saved, and the page is reloaded to show the record as it is.
 */
class PhaseChangedException extends RuntimeException {

	PhaseChangedException(Long sessionId) {
		super("Session record " + sessionId + " has moved on from what this page was writing");
	}

}
