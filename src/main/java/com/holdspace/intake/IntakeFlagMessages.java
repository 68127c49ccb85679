package com.holdspace.intake;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Flags in words, for the live banners that script draws from JSON. */
@Component
class IntakeFlagMessages {

	record FlagText(String kind, String title, List<String> reasons, boolean urgent, boolean blocking,
			boolean fromDraft) {
	}

	private final MessageSource messages;

	IntakeFlagMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<FlagText> describe(List<FlagView> flags, Locale locale) {
		return flags.stream()
			.map(flag -> new FlagText(flag.kind().name(), text("intake.flag." + flag.kind(), locale),
					flag.reasons().stream().map(reason -> reason(reason, locale)).toList(), flag.urgent(),
					flag.isBlocking(), flag.fromDraft()))
			.toList();
	}

	private String reason(FlagReason reason, Locale locale) {
		String answer = text("intake.reason." + reason.answer(), locale);
		return (reason.detail() != null) ? answer + " (" + reason.detail() + ")" : answer;
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
