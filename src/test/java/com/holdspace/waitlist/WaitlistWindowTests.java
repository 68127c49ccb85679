package com.holdspace.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A session fits a window when it starts and ends inside it, on that day of the week. */
@Tag("fast")
class WaitlistWindowTests {

	private final WaitlistWindow tuesdayMorning = new WaitlistWindow(DayOfWeek.TUESDAY, LocalTime.of(9, 0),
			LocalTime.of(12, 0));

	/** 10 November 2026 is a Tuesday. */
	private static LocalDateTime tuesday(int hour, int minute) {
		return LocalDateTime.of(2026, 11, 10, hour, minute);
	}

	@Test
	void aSessionFromTheFirstToTheLastMinuteOfTheWindowFits() {
		assertThat(this.tuesdayMorning.contains(tuesday(9, 0), tuesday(12, 0))).isTrue();
		assertThat(this.tuesdayMorning.contains(tuesday(10, 0), tuesday(11, 0))).isTrue();
	}

	@Test
	void aSessionStartingBeforeOrEndingAfterTheWindowDoesNotFit() {
		assertThat(this.tuesdayMorning.contains(tuesday(8, 45), tuesday(9, 45))).isFalse();
		assertThat(this.tuesdayMorning.contains(tuesday(11, 30), tuesday(12, 30))).isFalse();
	}

	@Test
	void theSameHoursOnAnotherDayDoNotFit() {
		assertThat(this.tuesdayMorning.contains(tuesday(10, 0).plusDays(1), tuesday(11, 0).plusDays(1))).isFalse();
		assertThat(this.tuesdayMorning.contains(tuesday(10, 0).plusWeeks(1), tuesday(11, 0).plusWeeks(1))).isTrue();
	}

	@Test
	void aWindowEndsAfterItStarts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new WaitlistWindow(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 0)));
	}

}
