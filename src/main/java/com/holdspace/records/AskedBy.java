package com.holdspace.records;

/** Who asked for a copy of the whole record: someone at the clinic, or the client from their portal. */
enum AskedBy {

	CLINIC, CLIENT

}
