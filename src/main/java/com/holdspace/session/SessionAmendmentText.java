package com.holdspace.session;

import com.holdspace.shared.EncryptedText;
import com.holdspace.shared.FieldCipher;

import jakarta.persistence.Converter;

/** Stored encrypted: what an amendment adds to a signed record. */
@Converter
public class SessionAmendmentText extends EncryptedText {

	static final String PURPOSE = "session_amendment";

	public SessionAmendmentText() {
		super(PURPOSE);
	}

	/** For the few writes made in SQL rather than through the entity. */
	static String seal(String plain) {
		return FieldCipher.get().encrypt(plain, PURPOSE);
	}

}
