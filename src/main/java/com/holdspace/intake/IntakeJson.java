package com.holdspace.intake;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Intake answers to and from the JSON kept in drafts and versions. */
@Component
class IntakeJson {

	private final JsonMapper json;

	IntakeJson(JsonMapper json) {
		this.json = json;
	}

	String write(IntakeForm answers) {
		return this.json.writeValueAsString(answers);
	}

	IntakeForm read(String answers) {
		return this.json.readValue(answers, IntakeForm.class);
	}

}
