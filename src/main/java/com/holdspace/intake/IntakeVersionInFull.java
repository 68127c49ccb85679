package com.holdspace.intake;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A completed intake version as it leaves the clinic: who completed it and when, every answer given
 * (in the words of the form, and as the form itself for a machine to read), what changed since the
 * version before, and, where the client answered their own part (on the tablet or at home), what
 * they said and what the therapist changed of it.
 *
 * @param answered every question answered and every body region marked, in the form's order
 * @param changes what changed since the previous version; empty for the first
 * @param clientsOwn the client's own part of this version, or null when staff answered it all
 */
@NamedInterface("api")
public record IntakeVersionInFull(int number, Instant completedAt, String completedByName,
		boolean extendedSuggested, IntakeForm answers, List<Answer> answered, List<Change> changes,
		ClientsPart clientsOwn) {

	public IntakeVersionInFull {
		answered = List.copyOf(answered);
		changes = List.copyOf(changes);
	}

	/** One answer in the words of the form. */
	@NamedInterface("api")
	public record Answer(String question, String answer) {
	}

	/** One answer changed: the question, and the answer before and after, in the words of the form. */
	@NamedInterface("api")
	public record Change(String question, String before, String after) {
	}

	/**
	 * What the client answered themselves in one sitting, as they left it, and who handed them the
	 * tablet (null at home).
	 *
	 * @param therapistsChanges the therapist's changes to the client's own answers in this version
	 */
	@NamedInterface("api")
	public record ClientsPart(boolean atHome, Instant startedAt, Instant savedAt, Instant finishedAt,
			String handedOverByName, List<Answer> answered, List<Change> therapistsChanges) {

		public ClientsPart {
			answered = List.copyOf(answered);
			therapistsChanges = List.copyOf(therapistsChanges);
		}

	}

}
