package com.holdspace.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Seals the audit log with keys the database never holds: an HMAC-SHA256 of a text (an event's
 * hash, an anchor) under the current key, named by its id so that a rotated key still checks the
 * seals made with it. Keys come from {@code holdspace.audit.keys.<id>} (32 random bytes, Base64)
 * and {@code holdspace.audit.current}; SECURITY.md says how to make and rotate one.
 */
public final class AuditSeals {

	/** A seal: the key it was made with, and the MAC in hex. */
	public record Seal(String keyId, String mac) {

	}

	@ConfigurationProperties("holdspace.audit")
	record AuditKeyProperties(Map<String, String> keys, String current) {

		AuditKeyProperties {
			keys = (keys != null) ? keys : Map.of();
		}

	}

	private final Map<String, byte[]> keys = new LinkedHashMap<>();

	private final String current;

	AuditSeals(Map<String, String> keys, String current) {
		keys.forEach((id, base64) -> {
			byte[] key = Base64.getDecoder().decode(base64.strip());
			if (key.length < 32) {
				throw new IllegalStateException("The audit key " + id + " is shorter than 32 bytes");
			}
			this.keys.put(id, key);
		});
		if (current == null || !this.keys.containsKey(current)) {
			throw new IllegalStateException("holdspace.audit.current must name one of holdspace.audit.keys."
					+ " Without a key the audit log cannot be sealed; see SECURITY.md.");
		}
		this.current = current;
	}

	public Seal seal(String text) {
		return new Seal(this.current, mac(this.keys.get(this.current), text));
	}

	/** Whether the seal was made over this text with the key it names; an unknown key never checks. */
	public boolean checks(String keyId, String text, String mac) {
		byte[] key = this.keys.get(keyId);
		return key != null && mac != null && MessageDigest.isEqual(mac(key, text).getBytes(StandardCharsets.US_ASCII),
				mac.getBytes(StandardCharsets.US_ASCII));
	}

	public boolean knows(String keyId) {
		return this.keys.containsKey(keyId);
	}

	private static String mac(byte[] key, String text) {
		try {
			Mac hmac = Mac.getInstance("HmacSHA256");
			hmac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(hmac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
