package com.holdspace.records;

/**
 * How much a client's record holds, counted before it is read: the sections read a page at a time
 * and how many pages each will take.
 */
public record RecordSize(int sessions, int aftercarePlans, int bookings) {

	public int sessionPages() {
		return pages(this.sessions);
	}

	public int aftercarePages() {
		return pages(this.aftercarePlans);
	}

	public int bookingPages() {
		return pages(this.bookings);
	}

	private static int pages(int items) {
		return (items + ClientRecordReader.PAGE_SIZE - 1) / ClientRecordReader.PAGE_SIZE;
	}

}
