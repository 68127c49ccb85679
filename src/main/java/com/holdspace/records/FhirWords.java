package com.holdspace.records;

import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/** The clinic's words for what Holdspace stores as names: a body region, a technique, a choice. */
final class FhirWords {

	/** Where each kind of name has its words in messages.properties. */
	private static final Map<String, String> PREFIXES = Map.ofEntries(Map.entry("Pressure", "pressure."),
			Map.entry("GenderPreference", "gender."), Map.entry("CheckInFrequency", "checkIn."),
			Map.entry("StopSignalKind", "stopKind."), Map.entry("Contraindication", "contraindication."),
			Map.entry("BodyRegion", "region."), Map.entry("RegionState", "regionState."),
			Map.entry("Technique", "technique."), Map.entry("BlockPressure", "blockPressure."),
			Map.entry("ReleaseEvent", "event."), Map.entry("TherapistAction", "action."),
			Map.entry("ContinueAnswer", "answer."), Map.entry("VisitFrequency", "frequency."),
			Map.entry("FlagKind", "intake.flag."));

	private final MessageSource messages;

	private final Locale locale;

	FhirWords(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** The words for a name, or the name itself in lower case where the clinic has none. */
	String of(Enum<?> value) {
		if (value == null) {
			return null;
		}
		String fallback = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		String prefix = PREFIXES.get(value.getDeclaringClass().getSimpleName());
		return (prefix != null) ? this.messages.getMessage(prefix + value.name(), null, fallback, this.locale) : fallback;
	}

	String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, this.locale);
	}

}
