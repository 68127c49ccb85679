package com.holdspace.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets in links Holdspace sends (a calendar feed, a waitlist offer, a portal invitation): 32
 * random bytes, URL-safe. Only their SHA-256 is stored, so a copy of the database opens no link;
 * the link itself is shown or sent once.
 */
public final class SecretTokens {

	/** 32 bytes in base64url without padding. */
	public static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The stored form of a token: lower-case hex of its SHA-256, as PostgreSQL's sha256() writes it. */
	public static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

	public static boolean looksValid(String token) {
		return token != null && FORMAT.matcher(token).matches();
	}

}
