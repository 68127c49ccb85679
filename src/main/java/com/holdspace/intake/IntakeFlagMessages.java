package com.holdspace.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Holds and flags in words, for the live banners that script draws from JSON. */
@Component
class IntakeFlagMessages {

	record FlagText(String kind, String title, List<String> reasons, boolean urgent, boolean blocking,
			boolean fromDraft) {
	}

	private final MessageSource messages;

	private final JsonMapper json;

	IntakeFlagMessages(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/**
	 * The same list as JSON, exactly as the flags endpoint sends it: a page that starts with it
	 * leaves its banners alone until something really changes.
	 */
	String json(List<HoldView> holds, List<FlagView> flags, Locale locale) {
		return this.json.writeValueAsString(describe(holds, flags, locale));
	}

	/** Open holds first, then the flags worked out from answers (suggestions, a draft in progress). */
	List<FlagText> describe(List<HoldView> holds, List<FlagView> flags, Locale locale) {
		List<FlagText> texts = new ArrayList<>();
		holds.stream()
			.filter(HoldView::isActive)
			.map(hold -> new FlagText(hold.kind().name(), text("intake.flag." + hold.kind(), locale),
					hold.reasons().stream().map(reason -> reason(reason.getAnswer(), reason.getDetail(), locale)).toList(),
					hold.isUrgent(), hold.isBlocking(), false))
			.forEach(texts::add);
		flags.stream()
			.map(flag -> new FlagText(flag.kind().name(), text("intake.flag." + flag.kind(), locale),
					flag.reasons().stream().map(reason -> reason(reason.answer(), reason.detail(), locale)).toList(),
					flag.urgent(), flag.isBlocking(), flag.fromDraft()))
			.forEach(texts::add);
		return texts;
	}

	private String reason(String answer, String detail, Locale locale) {
		String text = text("intake.reason." + answer, locale);
		return (detail != null) ? text + " (" + detail + ")" : text;
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
