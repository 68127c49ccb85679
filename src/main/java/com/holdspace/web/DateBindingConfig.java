package com.holdspace.web;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every date a request carries is read by {@link ClinicDates}, whatever the field or parameter:
 * registered after Spring's own date formatters, this one takes their place for {@link LocalDate}
 * (with or without {@code @DateTimeFormat}), so one rule holds on every form and every address and a
 * new form cannot forget it. A date it refuses binds as a type mismatch: a field error on a form, a
 * 400 for a parameter ({@link UnreadableRequests}).
 */
@Configuration(proxyBeanMethods = false)
class DateBindingConfig implements WebMvcConfigurer {

	private final ClinicDates dates;

	DateBindingConfig(ClinicDates dates) {
		this.dates = dates;
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public LocalDate parse(String text, Locale locale) {
				return DateBindingConfig.this.dates.parse(text);
			}

			@Override
			public String print(LocalDate date, Locale locale) {
				return DateBindingConfig.this.dates.print(date);
			}

		});
	}

}
