package com.holdspace.records;

/**
 * Where a copy of the whole record stands: queued, being written, ready for the clinic to read,
 * released to the client, or failed (and queued again by a retry).
 */
enum ExportStatus {

	QUEUED, WRITING, READY, RELEASED, FAILED

}
