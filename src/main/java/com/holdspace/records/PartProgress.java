package com.holdspace.records;

/**
 * The parts of a document done so far, told to its {@link RecordProgress} as each is done. A record
 * that grew while it was read (a session signed meanwhile) never tells more than the total it gave.
 */
final class PartProgress {

	private final RecordProgress progress;

	private final int total;

	private int done;

	PartProgress(RecordProgress progress, int total) {
		this.progress = progress;
		this.total = total;
		progress.total(total);
	}

	void one() {
		this.done++;
		this.progress.done(Math.min(this.done, this.total));
	}

}
