package com.holdspace.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Answers in the words the form uses, for the list of changes between two versions. */
@Component
class IntakeAnswerText {

	record ChangeText(String question, String before, String after) {
	}

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final MessageSource messages;

	IntakeAnswerText(MessageSource messages) {
		this.messages = messages;
	}

	List<ChangeText> describe(List<IntakeComparison.Change> changes, Locale locale) {
		return changes.stream()
			.map(change -> new ChangeText(question(change.field(), locale), value(change.before(), locale),
					value(change.after(), locale)))
			.toList();
	}

	private String question(String field, Locale locale) {
		return field.startsWith("region.") ? text(field, locale) : text("intake.q." + field, locale);
	}

	private String value(Object value, Locale locale) {
		if (value == null) {
			return text("common.notGiven", locale);
		}
		if (value instanceof Boolean yes) {
			return text(yes ? "intake.yes" : "intake.no", locale);
		}
		if (value instanceof LocalDate date) {
			return DATE.format(date);
		}
		if (value instanceof RegionAnswer region) {
			String state = text("regionState." + region.getState(), locale);
			return (region.getNote() != null) ? state + " (" + region.getNote() + ")" : state;
		}
		if (value instanceof Pressure pressure) {
			return text("pressure." + pressure, locale);
		}
		if (value instanceof GenderPreference gender) {
			return text("gender." + gender, locale);
		}
		if (value instanceof CheckInFrequency checkIn) {
			return text("checkIn." + checkIn, locale);
		}
		if (value instanceof StopSignalKind kind) {
			return text("stopKind." + kind, locale);
		}
		if (value instanceof Contraindication answer) {
			return text("contraindication." + answer, locale);
		}
		if (value instanceof java.util.Collection<?> regions) {
			return regions.isEmpty() ? text("common.none", locale)
					: String.join(", ", regions.stream().map(region -> text("region." + region, locale)).toList());
		}
		return value.toString();
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
