package com.holdspace.shared;

import jakarta.persistence.AttributeConverter;

/**
 * A text column stored encrypted by {@link FieldCipher}. Each kind of record has its own subclass,
 * whose name is bound into the ciphertext, so a value cannot be moved from one kind to another.
 */
public abstract class EncryptedText implements AttributeConverter<String, String> {

	private final String purpose;

	protected EncryptedText(String purpose) {
		this.purpose = purpose;
	}

	@Override
	public String convertToDatabaseColumn(String plain) {
		return FieldCipher.get().encrypt(plain, this.purpose);
	}

	@Override
	public String convertToEntityAttribute(String stored) {
		return FieldCipher.get().decrypt(stored, this.purpose);
	}

}
