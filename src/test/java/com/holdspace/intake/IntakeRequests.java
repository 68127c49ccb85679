package com.holdspace.intake;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Intake answers as the form on the tablet posts them, for tests that go through HTTP. */
final class IntakeRequests {

	private IntakeRequests() {
	}

	static MultiValueMap<String, String> params(IntakeForm answers) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (Field field : IntakeForm.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("bodyMap")) {
				continue;
			}
			Object value = read(field, answers);
			if (value instanceof Collection<?> values) {
				values.forEach(each -> params.add(field.getName(), String.valueOf(each)));
			}
			else if (value != null) {
				params.add(field.getName(), String.valueOf(value));
			}
		}
		answers.getBodyMap().forEach((region, answer) -> {
			params.add("bodyMap[" + region + "].state", answer.getState().name());
			if (answer.getNote() != null) {
				params.add("bodyMap[" + region + "].note", answer.getNote());
			}
		});
		return params;
	}

	private static Object read(Field field, IntakeForm answers) {
		try {
			field.setAccessible(true);
			return field.get(answers);
		}
		catch (IllegalAccessException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
