package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.holdspace.shared.ClinicTime;

/** One rule for every date a page sends: a real ISO date from 1900 to 100 years after the clinic's today. */
@Tag("fast")
class ClinicDatesTests {

	/** 23:30 on 31 December 2026 in London is already 1 January 2027 nowhere: the clinic's day is the 31st. */
	private final ClinicDates dates = new ClinicDates(new ClinicTime("Europe/London",
			Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC)));

	@Test
	void acceptsFrom1900UpToAHundredYearsAfterTheClinicsToday() {
		assertThat(this.dates.parse("1900-01-01")).isEqualTo(LocalDate.of(1900, 1, 1));
		assertThat(this.dates.parse(" 2126-12-31 ")).isEqualTo(LocalDate.of(2126, 12, 31));
		assertThat(this.dates.latest()).isEqualTo(LocalDate.of(2126, 12, 31));
	}

	@Test
	void refusesWhatIsOutsideOrNoDateAtAll() {
		for (String text : new String[] { "1899-12-31", "2127-01-01", "9999-12-31", "0000-00-00", "2026-02-29",
				"2026-13-01", "+10000-01-01", "31/12/2026", "2026-1-5", "CRUSHING" }) {
			assertThatThrownBy(() -> this.dates.parse(text)).as(text).isInstanceOf(DateTimeException.class);
		}
	}

	@Test
	void printsIsoDatesAsTheDateFieldReadsThem() {
		assertThat(this.dates.print(LocalDate.of(1980, 3, 4))).isEqualTo("1980-03-04");
	}

}
