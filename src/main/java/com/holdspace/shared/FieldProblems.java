package com.holdspace.shared;

import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;

/**
 * What an autosave answers when a field cannot be kept (too long, out of range): each field with
 * its message in words, for the page's script to show next to the field.
 */
public final class FieldProblems {

	private FieldProblems() {
	}

	public static List<Map<String, String>> of(BindingResult result, MessageSource messages) {
		return result.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message",
					messages.getMessage(error, LocaleContextHolder.getLocale())))
			.toList();
	}

}
