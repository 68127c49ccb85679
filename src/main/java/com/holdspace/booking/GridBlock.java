package com.holdspace.booking;

import java.time.LocalTime;

/**
 * A piece of a calendar column: a booking sized by its length, the quiet time after it, a stretch
 * of free starts to book in, or time nobody works.
 *
 * @param place the grid column, first row and row span as CSS classes
 * @param from where the piece starts
 * @param until where it ends; for free time, the end of the free stretch
 * @param lastStart for free time, the last start in the stretch the session type fits
 * @param rows how many quarter hours the piece spans
 */
public record GridBlock(Kind kind, String place, LocalTime from, LocalTime until, BookingView booking, boolean onHold,
		Long therapistId, Long roomId, LocalTime lastStart, int rows) {

	public enum Kind {

		BOOKING, QUIET, FREE, CLOSED

	}

	public boolean isBooked() {
		return this.kind == Kind.BOOKING;
	}

	public boolean isQuiet() {
		return this.kind == Kind.QUIET;
	}

	public boolean isFree() {
		return this.kind == Kind.FREE;
	}

	public boolean isClosed() {
		return this.kind == Kind.CLOSED;
	}

	/** A block too short for a second line keeps to one. */
	public boolean isShort() {
		return this.rows < 3;
	}

}
