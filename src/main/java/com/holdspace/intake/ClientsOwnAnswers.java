package com.holdspace.intake;

import java.time.Instant;

/** What the client answered themselves on the tablet, in one sitting, as they left it. */
record ClientsOwnAnswers(IntakeForm answers, Instant startedAt, Instant savedAt, Instant finishedAt,
		String handedOverByName) {
}
