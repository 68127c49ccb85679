package com.holdspace.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.holdspace.retention.RetentionRule.Facts;
import com.holdspace.retention.RetentionRule.Rule;

/**
 * How long a record is kept: eight years after the last contact for an adult; for someone seen as a
 * minor, until their 25th birthday when that is later; 29 February's anniversaries on 1 March.
 */
@Tag("fast")
class RetentionRuleTests {

	private static final ZoneId CLINIC = ZoneId.of("Europe/London");

	private final RetentionRule rule = new RetentionRule(8, 25);

	@Test
	void anAdultsRecordIsKeptEightYearsAfterTheLastSession() {
		Facts adult = new Facts(LocalDate.of(1980, 6, 1), LocalDate.of(2015, 1, 10), LocalDate.of(2015, 1, 12),
				LocalDate.of(2018, 3, 14), LocalDate.of(2018, 3, 14));

		RetentionRule.Retention retention = this.rule.apply(adult);

		assertThat(retention.rule()).isEqualTo(Rule.ADULT);
		assertThat(retention.countedFrom()).isEqualTo(LocalDate.of(2018, 3, 14));
		assertThat(retention.keptUntil()).isEqualTo(LocalDate.of(2026, 3, 14));
		assertThat(retention.dueOn(LocalDate.of(2026, 3, 13))).isFalse();
		assertThat(retention.dueOn(LocalDate.of(2026, 3, 14))).isTrue();
	}

	@Test
	void theDueDayComesFromTheInjectedClockOnTheClinicsCalendar() {
		Facts adult = new Facts(LocalDate.of(1980, 6, 1), LocalDate.of(2018, 3, 14), null, LocalDate.of(2018, 3, 14),
				null);
		RetentionRule.Retention retention = this.rule.apply(adult);
		// late on the evening before, on the clinic's clock, it is not yet due; just after midnight it is
		Clock eveningBefore = Clock.fixed(Instant.parse("2026-03-13T23:30:00Z"), CLINIC);
		Clock morningOf = Clock.fixed(Instant.parse("2026-03-14T00:30:00Z"), CLINIC);

		assertThat(retention.dueOn(LocalDate.now(eveningBefore))).isFalse();
		assertThat(retention.dueOn(LocalDate.now(morningOf))).isTrue();
	}

	@Test
	void aClientWithNoSessionCountsFromTheRecordsOpeningOrTheirLastBooking() {
		Facts neverCame = new Facts(LocalDate.of(1970, 1, 1), LocalDate.of(2012, 5, 2), null, null, null);
		Facts bookedLater = new Facts(LocalDate.of(1970, 1, 1), LocalDate.of(2012, 5, 2), null, null,
				LocalDate.of(2013, 9, 30));

		assertThat(this.rule.apply(neverCame).keptUntil()).isEqualTo(LocalDate.of(2020, 5, 2));
		assertThat(this.rule.apply(bookedLater).countedFrom()).isEqualTo(LocalDate.of(2013, 9, 30));
		assertThat(this.rule.apply(bookedLater).keptUntil()).isEqualTo(LocalDate.of(2021, 9, 30));
	}

	@Test
	void aBookingAheadKeepsTheRecordFromThatDay() {
		Facts comingBack = new Facts(LocalDate.of(1970, 1, 1), LocalDate.of(2010, 1, 1), LocalDate.of(2010, 1, 5),
				LocalDate.of(2011, 1, 5), LocalDate.of(2030, 2, 1));

		assertThat(this.rule.apply(comingBack).keptUntil()).isEqualTo(LocalDate.of(2038, 2, 1));
	}

	@Test
	void someoneSeenAsAMinorIsKeptUntilTheir25thBirthdayWhenThatIsLater() {
		// born 2004, first seen at 14, last seen at 15: eight years on they are 23, so 25 decides
		Facts minor = new Facts(LocalDate.of(2004, 8, 20), LocalDate.of(2018, 9, 1), LocalDate.of(2018, 9, 3),
				LocalDate.of(2019, 11, 2), LocalDate.of(2019, 11, 2));

		RetentionRule.Retention retention = this.rule.apply(minor);

		assertThat(minor.seenAsMinor()).isTrue();
		assertThat(retention.rule()).isEqualTo(Rule.MINOR);
		assertThat(retention.keptUntil()).isEqualTo(LocalDate.of(2029, 8, 20));
		assertThat(retention.dueOn(LocalDate.of(2027, 11, 2))).as("eight years on, still 23").isFalse();
	}

	@Test
	void someoneSeenAsAMinorAndLastSeenLaterIsKeptByTheYearsWhenThatIsLater() {
		// first seen at 17, last seen at 22: eight years on they are 30, long past 25
		Facts grewUp = new Facts(LocalDate.of(2001, 3, 10), LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 2),
				LocalDate.of(2023, 6, 6), LocalDate.of(2023, 6, 6));

		assertThat(this.rule.apply(grewUp).rule()).isEqualTo(Rule.ADULT);
		assertThat(this.rule.apply(grewUp).keptUntil()).isEqualTo(LocalDate.of(2031, 6, 6));
	}

	@Test
	void onlySomeoneUnder18AtTheirFirstSessionOrOpeningIsSeenAsAMinor() {
		LocalDate born = LocalDate.of(2000, 5, 5);
		Facts onTheBirthday = new Facts(born, LocalDate.of(2018, 5, 5), LocalDate.of(2018, 5, 5), null, null);
		Facts dayBefore = new Facts(born, LocalDate.of(2018, 5, 6), LocalDate.of(2018, 5, 4), null, null);
		Facts openedYoung = new Facts(born, LocalDate.of(2017, 12, 1), LocalDate.of(2019, 1, 1), null, null);

		assertThat(onTheBirthday.seenAsMinor()).isFalse();
		assertThat(dayBefore.seenAsMinor()).isTrue();
		assertThat(openedYoung.seenAsMinor()).isTrue();
	}

	@Test
	void aLeapDayBirthdayFallsOnTheFirstOfMarchInAYearWithoutOne() {
		LocalDate leapling = LocalDate.of(2004, 2, 29);
		Facts minor = new Facts(leapling, LocalDate.of(2016, 1, 4), LocalDate.of(2016, 1, 4),
				LocalDate.of(2016, 2, 1), LocalDate.of(2016, 2, 1));

		// 2029 has no 29 February: the 25th birthday is 1 March, never 28 February
		assertThat(this.rule.apply(minor).keptUntil()).isEqualTo(LocalDate.of(2029, 3, 1));
		assertThat(this.rule.apply(minor).dueOn(LocalDate.of(2029, 2, 28))).isFalse();
		// and in a year with one, the day itself
		assertThat(new RetentionRule(8, 28).apply(minor).keptUntil()).isEqualTo(LocalDate.of(2032, 2, 29));
		// coming of age: 18 on 1 March 2022
		assertThat(new Facts(leapling, LocalDate.of(2022, 2, 28), null, null, null).seenAsMinor()).isTrue();
		assertThat(new Facts(leapling, LocalDate.of(2022, 3, 1), null, null, null).seenAsMinor()).isFalse();
	}

	@Test
	void aLastSessionOnALeapDayIsKeptUntilTheFirstOfMarch() {
		Facts adult = new Facts(LocalDate.of(1970, 1, 1), LocalDate.of(2019, 1, 1), null, LocalDate.of(2020, 2, 29),
				null);

		assertThat(new RetentionRule(7, 25).apply(adult).keptUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(this.rule.apply(adult).keptUntil()).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(RetentionRule.anniversary(LocalDate.of(2020, 2, 28), 1)).isEqualTo(LocalDate.of(2021, 2, 28));
	}

	@Test
	void theSettingsOwnRangesAreKept() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RetentionRule(0, 25));
		assertThatIllegalArgumentException().isThrownBy(() -> new RetentionRule(8, 17));
	}

	@Test
	void theConfirmationNameIsTheRecordsWhateverTheCaseSpacesAndAccents() {
		assertThat(RetentionReviews.sameName("  zoe   angstrom ", "Zoë Ångström")).isTrue();
		assertThat(RetentionReviews.sameName("Zoë Ångström", "Zoë Ångström")).isTrue();
		assertThat(RetentionReviews.sameName("Zoë", "Zoë Ångström")).isFalse();
		assertThat(RetentionReviews.sameName("", "Zoë Ångström")).isFalse();
		assertThat(RetentionReviews.sameName(null, "Zoë Ångström")).isFalse();
	}

}
