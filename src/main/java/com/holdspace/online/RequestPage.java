package com.holdspace.online;

/**
 * The page the emailed link opens. {@code invitationToken} is set only on the answer to the
 * confirmation itself, for a client who can now set up their portal login.
 */
record RequestPage(State state, String sessionTypeName, String day, String starts, String ends, String therapist,
		String heldUntil, String invitationToken) {

	enum State {

		/** Held, waiting for the client to confirm. */
		OPEN,

		CONFIRMED,

		/** Not confirmed in time, or cancelled since: nothing is booked. */
		LAPSED

	}

	public boolean isOpen() {
		return this.state == State.OPEN;
	}

}
