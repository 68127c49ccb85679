package com.holdspace.intake;

import com.holdspace.shared.EncryptedText;

import jakarta.persistence.Converter;

/** Stored encrypted: every answer of an intake, its drafts and the client's own sittings, trigger notes and screening included. */
@Converter
public class IntakeAnswersText extends EncryptedText {

	static final String PURPOSE = "intake_answers";

	public IntakeAnswersText() {
		super(PURPOSE);
	}

}
