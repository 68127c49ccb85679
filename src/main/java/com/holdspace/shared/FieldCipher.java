package com.holdspace.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the most sensitive texts before they reach PostgreSQL (trigger notes and screening
 * answers in every intake, the words and notes of session records) with AES-256-GCM, so a copy of
 * the database, a backup or a dump holds none of them readable. The keys come from configuration
 * and never from the database.
 * <p>
 * A stored value reads {@code hs1:<key id>:<base64 of nonce, ciphertext and tag>}. The key id lets
 * keys rotate: new values use the current key, older values are read with the key that wrote them
 * until {@link Rekeying} has rewritten them. The kind of record (intake answers, a session record's
 * notes, a client's own words, an amendment) is bound in as associated data, so a value copied into
 * another kind of record does not decrypt. Blank text is kept as it is, so the
 * database can still refuse a signed record whose notes are empty.
 */
public final class FieldCipher {

	static final String PREFIX = "hs1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static volatile FieldCipher installed;

	private final Map<String, SecretKey> keys;

	private final String current;

	public FieldCipher(Map<String, String> base64Keys, String current) {
		if (base64Keys.isEmpty()) {
			throw new IllegalStateException("No encryption key is configured: set holdspace.encryption.keys."
					+ "<id> to 32 random bytes in base64 and holdspace.encryption.current to that id");
		}
		Map<String, SecretKey> parsed = new LinkedHashMap<>();
		base64Keys.forEach((id, key) -> {
			if (!id.matches("[A-Za-z0-9-]{1,20}")) {
				throw new IllegalStateException("An encryption key id is letters, digits and dashes: " + id);
			}
			byte[] bytes = Base64.getDecoder().decode(key.strip());
			if (bytes.length != 32) {
				throw new IllegalStateException("Encryption key " + id + " must be 32 bytes (AES-256), not " + bytes.length);
			}
			parsed.put(id, new SecretKeySpec(bytes, "AES"));
		});
		if (!parsed.containsKey(current)) {
			throw new IllegalStateException("holdspace.encryption.current names no configured key: " + current);
		}
		this.keys = Map.copyOf(parsed);
		this.current = current;
	}

	/** The cipher the application was started with, for the JPA converters Hibernate creates itself. */
	public static FieldCipher get() {
		FieldCipher cipher = installed;
		if (cipher == null) {
			throw new IllegalStateException("The field cipher is not configured yet");
		}
		return cipher;
	}

	public static void install(FieldCipher cipher) {
		installed = cipher;
	}

	public String currentKeyId() {
		return this.current;
	}

	/** Encrypts a value for one column; blank and null values are kept as they are. */
	public String encrypt(String plain, String column) {
		if (plain == null || plain.isBlank()) {
			return plain;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.current), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return PREFIX + this.current + ":" + Base64.getEncoder().withoutPadding().encodeToString(stored);
		}
		catch (GeneralSecurityException failed) {
			throw new IllegalStateException("Could not encrypt " + column, failed);
		}
	}

	/**
	 * Decrypts a stored value. A value without the prefix was written before encryption began and is
	 * returned as it is; {@link Rekeying} encrypts those too.
	 */
	public String decrypt(String stored, String column) {
		if (stored == null || !stored.startsWith(PREFIX)) {
			return stored;
		}
		int colon = stored.indexOf(':', PREFIX.length());
		String keyId = stored.substring(PREFIX.length(), colon);
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No configured key " + keyId + " for a value in " + column
					+ ": keep a retired key configured until rekeying has finished");
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			cipher.updateAAD(column.getBytes(StandardCharsets.UTF_8));
			byte[] plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException failed) {
			// a changed value, a value moved from another column, or the wrong key under this id
			throw new IllegalStateException("A value in " + column + " fails its integrity check", failed);
		}
	}

	/**
	 * Seals bytes for one place (a part of a file, say): {@code hs1:<key id>:} in ASCII, then the
	 * nonce, the ciphertext and the tag. {@code place} is bound in as associated data, so sealed bytes
	 * moved to another place do not open.
	 */
	public byte[] seal(byte[] plain, int offset, int length, String place) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			RANDOM.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.current), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
			byte[] head = (PREFIX + this.current + ":").getBytes(StandardCharsets.US_ASCII);
			byte[] sealed = new byte[head.length + NONCE_BYTES + cipher.getOutputSize(length)];
			System.arraycopy(head, 0, sealed, 0, head.length);
			System.arraycopy(nonce, 0, sealed, head.length, NONCE_BYTES);
			cipher.doFinal(plain, offset, length, sealed, head.length + NONCE_BYTES);
			return sealed;
		}
		catch (GeneralSecurityException failed) {
			throw new IllegalStateException("Could not seal " + place, failed);
		}
	}

	/** Opens bytes sealed by {@link #seal}; a change, a move to another place or an unknown key fails. */
	public byte[] open(byte[] sealed, String place) {
		String start = new String(sealed, 0, Math.min(sealed.length, PREFIX.length() + 22), StandardCharsets.US_ASCII);
		int colon = start.startsWith(PREFIX) ? start.indexOf(':', PREFIX.length()) : -1;
		if (colon < 0) {
			throw new IllegalStateException("A value in " + place + " is not sealed");
		}
		String keyId = start.substring(PREFIX.length(), colon);
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No configured key " + keyId + " for " + place
					+ ": keep a retired key configured until what it sealed has run out or been rekeyed");
		}
		int body = colon + 1;
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, body, NONCE_BYTES));
			cipher.updateAAD(place.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(sealed, body + NONCE_BYTES, sealed.length - body - NONCE_BYTES);
		}
		catch (GeneralSecurityException failed) {
			throw new IllegalStateException("A value in " + place + " fails its integrity check", failed);
		}
	}

	/** True when the value is stored as it should be now: blank, or encrypted under the current key. */
	public boolean isCurrent(String stored) {
		return stored == null || stored.isBlank() || stored.startsWith(PREFIX + this.current + ":");
	}

}
