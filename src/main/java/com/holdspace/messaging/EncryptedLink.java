package com.holdspace.messaging;

import jakarta.persistence.Converter;

import com.holdspace.shared.EncryptedText;

/** The secret link a waiting email carries, encrypted until it is sent and then dropped. */
@Converter
class EncryptedLink extends EncryptedText {

	EncryptedLink() {
		super("outgoing_message");
	}

}
