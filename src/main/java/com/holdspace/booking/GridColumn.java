package com.holdspace.booking;

import java.time.LocalDate;
import java.util.List;

import com.holdspace.staff.StaffMember;

/**
 * One column of the calendar grid: a day of a therapist's or a room's week, or one therapist on a
 * day. Cancelled bookings leave the grid, since their time is free again, and are listed under it.
 *
 * @param index the grid column, from 2 (column 1 holds the hours)
 * @param therapist whose column it is on a day of several therapists, else null
 */
public record GridColumn(int index, LocalDate date, StaffMember therapist, boolean today, boolean past,
		boolean working, boolean away, List<GridBlock> blocks, List<BookingView> cancelled) {

	public String column() {
		return "c-" + this.index;
	}

	/** Nothing booked and nothing free: a day off, a closed day or a full one. */
	public boolean isEmpty() {
		return this.blocks.stream().noneMatch(block -> block.isBooked() || block.isFree());
	}

	public boolean hasFreeTime() {
		return this.blocks.stream().anyMatch(GridBlock::isFree);
	}

}
