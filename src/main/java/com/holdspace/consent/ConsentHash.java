package com.holdspace.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The SHA-256 of what a client agreed to: the exact text, their typed name, their signature
 * strokes, the terms of a provider consent, the witness and the moment. Any change to any of
 * these gives another hash.
 */
final class ConsentHash {


	private ConsentHash() {
	}

	static String of(SignedConsent consent) {
		var document = consent.getDocument();
		return sha256(fields("holdspace-consent-v1", consent.getClientId(), document.getId(), document.getKind(),
				document.getNumber(), document.getTitle(), document.getBody(), consent.getMethod(),
				consent.getSignerName(), consent.getSignatureStrokes(), consent.getProviderName(),
				consent.getProviderContact(), consent.getSharedScope(), consent.getExpiresOn(), consent.getWitnessId(),
				consent.getWitnessName(), consent.getSignedAt()));
	}

	/** Each field prefixed with its length, so no typed text can pass for a field boundary. */
	private static String fields(Object... values) {
		var content = new StringBuilder();
		for (Object value : values) {
			String text = Objects.toString(value, "");
			content.append(text.length()).append(':').append(text).append(';');
		}
		return content.toString();
	}

	static String sha256(String content) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
