package com.holdspace.intake;

import java.time.Instant;

/** What the client answered themselves on the tablet or at home, in one sitting, as they left it. */
record ClientsOwnAnswers(IntakeForm answers, boolean atHome, Instant startedAt, Instant savedAt, Instant finishedAt,
		String handedOverByName) {
}
