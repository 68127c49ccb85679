package com.holdspace.session;

import com.holdspace.shared.EncryptedText;
import com.holdspace.shared.FieldCipher;

import jakarta.persistence.Converter;

/** Stored encrypted: the client's own words, logged during a session. */
@Converter
public class SessionEntryText extends EncryptedText {

	static final String PURPOSE = "session_entry";

	public SessionEntryText() {
		super(PURPOSE);
	}

	/** For the few writes made in SQL rather than through the entity. */
	static String seal(String plain) {
		return FieldCipher.get().encrypt(plain, PURPOSE);
	}

}
