package com.holdspace.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DayChoiceTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 13);

	@Test
	void theFirstWeekStartsTodayAndHasNothingEarlier() {
		DayChoice week = DayChoice.around(null, TODAY);

		assertThat(week.chosen()).isEqualTo(TODAY);
		assertThat(week.days()).hasSize(7).startsWith(TODAY).endsWith(TODAY.plusDays(6));
		assertThat(week.earlier()).isNull();
		assertThat(week.later()).isEqualTo(TODAY.plusDays(7));
	}

	@Test
	void aDayLaterOnShowsItsOwnWeekCountedFromToday() {
		DayChoice week = DayChoice.around(TODAY.plusDays(10), TODAY);

		assertThat(week.chosen()).isEqualTo(TODAY.plusDays(10));
		assertThat(week.days()).startsWith(TODAY.plusDays(7)).contains(TODAY.plusDays(10));
		assertThat(week.earlier()).isEqualTo(TODAY);
		assertThat(week.later()).isEqualTo(TODAY.plusDays(14));
	}

	@Test
	void aDayInThePastOrBeyondTheBookableYearFallsBackToToday() {
		assertThat(DayChoice.around(TODAY.minusDays(1), TODAY).chosen()).isEqualTo(TODAY);
		assertThat(DayChoice.around(TODAY.plusDays(400), TODAY).chosen()).isEqualTo(TODAY);
	}

	@Test
	void theLastWeekEndsOnTheFurthestBookableDay() {
		DayChoice week = DayChoice.around(TODAY.plusDays(364), TODAY);

		assertThat(week.days()).endsWith(TODAY.plusDays(364));
		assertThat(week.later()).isNull();
	}

}
