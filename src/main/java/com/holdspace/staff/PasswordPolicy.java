package com.holdspace.staff;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules shared by every form and setting that sets a password: 12 to 128 characters, any
 * characters at all, and not one of the 100,000 passwords people choose most often (the list that
 * the nbvcxz library bundles). No rules about digits or symbols: length is what makes a password
 * hard to guess.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	/** Long pass-phrases are welcome; Argon2id hashes any length. */
	public static final int MAX_LENGTH = 128;

	private static final String COMMON_LIST = "/dictionaries/passwords.txt";

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** Whether the password, ignoring case and spaces, is on the list of common passwords. */
	public static boolean isCommon(String password) {
		String plain = password.strip().toLowerCase(Locale.ROOT);
		return COMMON.contains(plain) || COMMON.contains(plain.replace(" ", ""));
	}

	private static Set<String> load() {
		try (InputStream list = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
			if (list == null) {
				throw new IllegalStateException("The list of common passwords (" + COMMON_LIST + ") is missing");
			}
			Set<String> common = new HashSet<>(150_000);
			new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
				.map(line -> line.strip().toLowerCase(Locale.ROOT))
				.filter(line -> !line.isEmpty())
				.forEach(common::add);
			return Set.copyOf(common);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

}
