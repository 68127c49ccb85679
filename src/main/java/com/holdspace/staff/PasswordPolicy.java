package com.holdspace.staff;

/** Password length rules shared by every form that sets a password. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** BCrypt reads at most 72 bytes; 64 characters keeps multi-byte passwords under that. */
	public static final int MAX_LENGTH = 64;

	private PasswordPolicy() {
	}

}
