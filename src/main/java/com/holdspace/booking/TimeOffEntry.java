package com.holdspace.booking;

/** Time off as a schedule shows it, with the sessions still booked on those days. */
public record TimeOffEntry(TimeOff timeOff, int bookedSessions) {

	public boolean isOneDay() {
		return this.timeOff.getFirstDay().equals(this.timeOff.getLastDay());
	}

}
