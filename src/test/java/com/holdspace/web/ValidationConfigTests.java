package com.holdspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import com.holdspace.TestClock;
import com.holdspace.TestClockConfiguration;
import com.holdspace.client.ClientForm;
import com.holdspace.shared.ClinicTime;

@Tag("fast")
class ValidationConfigTests {

	@Test
	void aDateOfBirthIsTodayOrEarlierByTheClinicsCalendarNotTheServers() {
		ZoneId clinicZone = zoneOnAnotherDateThanTheServer();
		LocalDate clinicToday = LocalDate.ofInstant(TestClock.current(), clinicZone);

		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(TestClockConfiguration.class, ClinicTime.class, ValidationConfig.class)
			.withPropertyValues("holdspace.clinic.time-zone=" + clinicZone.getId())
			.run(context -> {
				var validator = context.getBean(Validator.class);
				assertThat(validator.validateValue(ClientForm.class, "dateOfBirth", clinicToday)).isEmpty();
				assertThat(validator.validateValue(ClientForm.class, "dateOfBirth", clinicToday.plusDays(1)))
					.singleElement()
					.satisfies(refused -> assertThat(refused.getMessageTemplate()).isEqualTo("{client.error.birthInFuture}"));
			});
	}

	/** These two zones are 26 hours apart, so at any moment at least one of them has another date. */
	private static ZoneId zoneOnAnotherDateThanTheServer() {
		return Stream.of("Pacific/Kiritimati", "Etc/GMT+12")
			.map(ZoneId::of)
			.filter(zone -> !LocalDate.ofInstant(TestClock.current(), zone).equals(TestClock.today()))
			.findFirst()
			.orElseThrow();
	}

}
