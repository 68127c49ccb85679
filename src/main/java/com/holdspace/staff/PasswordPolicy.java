package com.holdspace.staff;

import java.nio.charset.StandardCharsets;

/** Password rules shared by every form and setting that sets a password. */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/**
	 * A limit in characters that people can count. It does not keep a password within BCrypt's
	 * limit on its own: an accented letter takes two bytes or more, so 64 characters can be 256.
	 */
	public static final int MAX_LENGTH = 64;

	/** BCrypt refuses to hash a password of more than 72 bytes. */
	static final int MAX_BYTES = 72;

	private PasswordPolicy() {
	}

	/** Whether BCrypt can hash this password, counted in the UTF-8 bytes it hashes. */
	static boolean fitsInBytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
	}

}
