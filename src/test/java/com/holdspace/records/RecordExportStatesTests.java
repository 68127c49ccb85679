package com.holdspace.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import com.holdspace.shared.Refused;

/**
 * A copy of the whole record goes one way: queued, written, ready, released; a failure waits for
 * a retry. Each step refuses to be taken from the wrong state, and a client's request is overdue
 * only after the day it was due by and until it is released.
 */
@Tag("fast")
class RecordExportStatesTests {

	private static final Instant ASKED = Instant.parse("2027-01-31T10:00:00Z");

	@Test
	void aCopyIsQueuedWrittenReadyAndReleased() {
		RecordExport export = RecordExport.askedByClinic(7, UUID.randomUUID(), 3, "Maya Therapist", ASKED);
		assertThat(export.getStatus()).isEqualTo(ExportStatus.QUEUED);
		assertThat(export.hasFile()).isFalse();

		export.start(ASKED.plusSeconds(5));
		assertThat(export.getStatus()).isEqualTo(ExportStatus.WRITING);
		export.written(123_456, 1, "ab".repeat(32), ASKED.plusSeconds(9), ASKED.plusSeconds(86_400));
		assertThat(export.getStatus()).isEqualTo(ExportStatus.READY);
		assertThat(export.hasFile()).isTrue();

		export.release(3, "Maya Therapist", "  Read through  ", ASKED.plusSeconds(60), ASKED.plusSeconds(90_000));
		assertThat(export.getStatus()).isEqualTo(ExportStatus.RELEASED);
		assertThat(export.getReleaseNote()).isEqualTo("Read through");
		assertThat(export.getReleasedByName()).isEqualTo("Maya Therapist");
		assertThat(export.getExpiresAt()).isEqualTo(ASKED.plusSeconds(90_000));
		assertThatThrownBy(() -> export.release(4, "Someone Else", null, ASKED, ASKED)).isInstanceOf(Refused.class)
			.hasMessage("records.export.error.released");
	}

	@Test
	void onlyAWrittenCopyIsReleasedAndOnlyAFailedOneIsTriedAgain() {
		RecordExport export = RecordExport.askedByClinic(7, UUID.randomUUID(), 3, "Maya Therapist", ASKED);
		assertThatThrownBy(() -> export.release(3, "Maya", null, ASKED, ASKED)).isInstanceOf(Refused.class)
			.hasMessage("records.export.error.notReady");
		export.retry();
		assertThat(export.getStatus()).as("a retry of what is queued changes nothing").isEqualTo(ExportStatus.QUEUED);
		assertThatThrownBy(() -> export.written(1, 1, "x", ASKED, ASKED)).isInstanceOf(IllegalStateException.class);

		export.start(ASKED);
		export.failed("The reader stopped");
		assertThat(export.getStatus()).isEqualTo(ExportStatus.FAILED);
		assertThat(export.getFailure()).isEqualTo("The reader stopped");
		export.retry();
		assertThat(export.getStatus()).isEqualTo(ExportStatus.QUEUED);
		assertThat(export.getFailure()).isNull();
		assertThat(export.getPartsDone()).isZero();

		export.start(ASKED);
		export.written(10, 1, "x", ASKED, ASKED);
		assertThatThrownBy(export::retry).isInstanceOf(Refused.class).hasMessage("records.export.error.notFailed");
		assertThatThrownBy(() -> export.release(3, "Maya", "x".repeat(RecordExport.NOTE_MAX + 1), ASKED, ASKED))
			.isInstanceOf(Refused.class)
			.satisfies(refused -> assertThat(((Refused) refused).field()).isEqualTo("note"));
		export.fileRemoved(ASKED);
		assertThat(export.hasFile()).isFalse();
		assertThatThrownBy(() -> export.release(3, "Maya", null, ASKED, ASKED)).isInstanceOf(Refused.class)
			.hasMessage("records.export.error.removed");
	}

	@Test
	void aClientsRequestIsOverdueTheDayAfterItIsDueUntilItIsReleased() {
		LocalDate due = LocalDate.of(2027, 2, 28);
		RecordExport request = RecordExport.askedByClient(7, UUID.randomUUID(), 9, "Zoe Client", ASKED, due);
		assertThat(request.isOverdue(due)).isFalse();
		assertThat(request.isOverdue(due.plusDays(1))).isTrue();
		request.start(ASKED);
		request.written(10, 1, "x", ASKED, ASKED);
		request.release(3, "Maya", null, ASKED, ASKED);
		assertThat(request.isOverdue(due.plusDays(1))).isFalse();
		assertThat(RecordExport.askedByClinic(7, UUID.randomUUID(), 3, "Maya", ASKED).isOverdue(due.plusYears(1)))
			.as("the clinic's own copy is never overdue")
			.isFalse();
	}

	@Test
	void aCopyShowsHowFarItHasGotAndItsSizeAsAPersonReadsIt() {
		RecordExport export = RecordExport.askedByClinic(7, UUID.randomUUID(), 3, "Maya Therapist", ASKED);
		ReflectionTestUtils.setField(export, "id", 12L);
		export.start(ASKED);
		assertThat(ExportView.of(export, LocalDate.of(2027, 2, 1)).percent()).isZero();
		export.written(3_355_443, 4, "x", ASKED, ASKED);
		ExportView written = ExportView.of(export, LocalDate.of(2027, 2, 1));
		assertThat(written.percent()).isEqualTo(100);
		assertThat(written.size()).isEqualTo("3.2 MB");
		assertThat(written.isUnderWay()).isFalse();
		assertThat(written.fileName()).isEqualTo("whole-record-12.pdf");
	}

}
