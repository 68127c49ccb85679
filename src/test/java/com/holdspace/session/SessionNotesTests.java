package com.holdspace.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.holdspace.shared.Refused;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The one rule for "complete enough to sign": what it asks for, and that the record itself keeps it. */
@Tag("fast")
class SessionNotesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

	@Test
	void emptyNotesSayEverythingThatIsMissingFieldByField() {
		var empty = new SessionNotes(null, null, null, null, null, " ", null, null, false, null, false, null, null);

		assertThat(empty.missingToSign(TODAY)).extracting(Refused.Reason::field, Refused.Reason::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("groundingDone", "session.error.grounding"),
					org.assertj.core.groups.Tuple.tuple("tensionAfter", "session.error.tension"),
					org.assertj.core.groups.Tuple.tuple("subjective", "session.error.soap"),
					org.assertj.core.groups.Tuple.tuple("objective", "session.error.soap"),
					org.assertj.core.groups.Tuple.tuple("assessment", "session.error.soap"),
					org.assertj.core.groups.Tuple.tuple("plan", "session.error.soap"));
	}

	@Test
	void groundingLeftOutNeedsItsReasonAndAProviderCallNeedsADayNotInThePast() {
		var notes = new SessionNotes(false, "  ", 3, null, "s", "o", "a", "p", false, null, true, TODAY.minusDays(1),
				null);

		assertThat(notes.missingToSign(TODAY)).extracting(Refused.Reason::code)
			.containsExactly("session.error.groundingWhyNot", "session.error.providerCheckInPast");
		assertThat(complete(TODAY).missingToSign(TODAY)).isEmpty();
		assertThat(complete(null).missingToSign(TODAY)).extracting(Refused.Reason::code)
			.containsExactly("session.error.providerCheckInOn");
	}

	@Test
	void theRecordRefusesToSignWhatItsNotesLackAndSignsOnceComplete() {
		var record = new SessionRecord(UUID.randomUUID(), 1L, null, 2L, "Therapist", NOW, 60);
		record.completeCheckIn(NOW);
		record.write(SessionRecord.Phase.NOTES, null,
				new SessionNotes(true, "Feet on the floor", 3, null, "s", "o", "a", null, false, null, false, null, null),
				"Therapist");

		assertThatExceptionOfType(Refused.class).isThrownBy(() -> record.sign(2L, "Therapist", NOW, TODAY))
			.satisfies(refused -> assertThat(refused.codes()).containsExactly("session.error.soap"))
			.satisfies(refused -> assertThat(refused.field()).isEqualTo("plan"));
		assertThat(record.isSigned()).isFalse();

		record.write(SessionRecord.Phase.NOTES, null, complete(TODAY), "Therapist");
		record.sign(2L, "Therapist", NOW, TODAY);
		assertThat(record.isSigned()).isTrue();
	}

	@Test
	void aRecordNotCheckedInIsNeverSigned() {
		var record = new SessionRecord(UUID.randomUUID(), 1L, null, 2L, "Therapist", NOW, 60);

		assertThatExceptionOfType(Refused.class).isThrownBy(() -> record.sign(2L, "Therapist", NOW, TODAY))
			.satisfies(refused -> assertThat(refused.codes()).startsWith("session.refused.checkInFirst"));
	}

	private static SessionNotes complete(LocalDate providerDay) {
		return new SessionNotes(true, "Feet on the floor", 3, null, "s", "o", "a", "p", false, null, true, providerDay,
				VisitFrequency.WEEKLY);
	}

}
