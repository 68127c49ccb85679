package com.holdspace.records;

/** How far a document being written has got, in parts: first how many there are, then each one done. */
interface RecordProgress {

	RecordProgress NONE = new RecordProgress() {
		@Override
		public void total(int parts) {
		}

		@Override
		public void done(int parts) {
		}
	};

	/** The number of parts the document will have, told once before the first is written. */
	void total(int parts);

	/** The number of parts written so far. */
	void done(int parts);

}
