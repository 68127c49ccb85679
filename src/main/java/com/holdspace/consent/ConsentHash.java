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

	private static final String SEPARATOR = "\n\u241E\n";

	private ConsentHash() {
	}

	static String of(SignedConsent consent) {
		var document = consent.getDocument();
		String content = String.join(SEPARATOR, "holdspace-consent-v1", document.getKind().name(),
				String.valueOf(document.getNumber()), document.getTitle(), document.getBody(), consent.getMethod().name(),
				consent.getSignerName(), Objects.toString(consent.getSignatureStrokes(), ""),
				Objects.toString(consent.getProviderName(), ""), Objects.toString(consent.getProviderContact(), ""),
				Objects.toString(consent.getSharedScope(), ""), Objects.toString(consent.getExpiresOn(), ""),
				consent.getWitnessName(), consent.getSignedAt().toString());
		return sha256(content);
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
