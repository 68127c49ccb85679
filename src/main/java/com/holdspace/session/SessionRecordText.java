package com.holdspace.session;

import com.holdspace.shared.EncryptedText;
import com.holdspace.shared.FieldCipher;

import jakarta.persistence.Converter;

/** Stored encrypted: the check-in words and the notes of a session record. */
@Converter
public class SessionRecordText extends EncryptedText {

	static final String PURPOSE = "session_record";

	public SessionRecordText() {
		super(PURPOSE);
	}

	/** For the few writes made in SQL rather than through the entity. */
	static String seal(String plain) {
		return FieldCipher.get().encrypt(plain, PURPOSE);
	}

}
