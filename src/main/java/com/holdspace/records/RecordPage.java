package com.holdspace.records;

import java.util.List;

/**
 * One page of a section read a page at a time (sessions, aftercare plans, bookings): at most
 * {@link ClientRecordReader#PAGE_SIZE} items, oldest first, read in a read-only transaction of its own.
 *
 * @param number the page's number in its section, from 1
 */
public record RecordPage<T>(int number, List<T> items) {

	public RecordPage {
		items = List.copyOf(items);
	}

	public boolean first() {
		return this.number == 1;
	}

}
