package com.holdspace.records;

import java.io.OutputStream;

/**
 * The client's whole record written as one document. It is written a part at a time (the details,
 * the intake, consents, holds, then the sessions a few at a time), so a record of hundreds of
 * sessions never sits in memory whole, and the person waiting sees how far it has got.
 */
interface RecordDocument {

	/** Writes the client's whole record to {@code out}, telling {@code progress} as each part is done. */
	void write(long clientId, OutputStream out, RecordProgress progress);

}
