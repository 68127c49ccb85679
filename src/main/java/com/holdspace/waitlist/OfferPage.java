package com.holdspace.waitlist;

/**
 * What the client sees behind an offer link: where the offer stands and the time offered, with
 * nothing clinical and only the therapist's first name.
 */
public record OfferPage(State state, String day, String time, String sessionTypeName, String therapistName,
		String roomName, String openUntil, boolean stillWaiting) {

	public enum State {

		/** Can be booked now. */
		OPEN,

		/** Booked from this link. */
		BOOKED,

		/** Someone else had the time first. */
		TAKEN,

		/** Its time ran out. */
		EXPIRED,

		/** The client left the waitlist, or the booking made from it was cancelled since. */
		CLOSED

	}

	public boolean isOpen() {
		return this.state == State.OPEN;
	}

}
