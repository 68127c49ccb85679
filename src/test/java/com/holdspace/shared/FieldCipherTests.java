package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The field encryption on its own: what it writes, and what it refuses to read. */
@Tag("fast")
class FieldCipherTests {

	private static final String ONE = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	private static final String TWO = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

	private final FieldCipher cipher = new FieldCipher(Map.of("k1", ONE), "k1");

	@Test
	void aTextComesBackAsWrittenAndTheSameTextNeverEncryptsTheSameWayTwice() {
		String first = this.cipher.encrypt("Flashbacks when the neck is touched; ask first", "intake_answers");
		String second = this.cipher.encrypt("Flashbacks when the neck is touched; ask first", "intake_answers");

		assertThat(first).startsWith("hs1:k1:").doesNotContain("neck").isNotEqualTo(second);
		assertThat(this.cipher.decrypt(first, "intake_answers")).isEqualTo("Flashbacks when the neck is touched; ask first");
	}

	@Test
	void aChangedValueOrOneMovedToAnotherKindOfRecordIsRefused() {
		String stored = this.cipher.encrypt("The client's own words", "session_entry");
		// one character of the ciphertext, well inside it, so every bit of it counts
		int at = "hs1:k1:".length() + 20;
		String changed = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(changed, "session_entry"))
			.withMessageContaining("integrity");
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored, "session_record"))
			.withMessageContaining("integrity");
	}

	@Test
	void anOlderKeyStillReadsWhatItWroteUntilItIsRetired() {
		String old = this.cipher.encrypt("Written under the first key", "session_record");
		var rotated = new FieldCipher(Map.of("k1", ONE, "k2", TWO), "k2");

		assertThat(rotated.decrypt(old, "session_record")).isEqualTo("Written under the first key");
		assertThat(rotated.isCurrent(old)).isFalse();
		assertThat(rotated.encrypt("New", "session_record")).startsWith("hs1:k2:");
		assertThatIllegalStateException()
			.isThrownBy(() -> new FieldCipher(Map.of("k2", TWO), "k2").decrypt(old, "session_record"))
			.withMessageContaining("No configured key k1");
	}

	@Test
	void blankAndOlderPlainValuesAreKeptAsTheyAre() {
		assertThat(this.cipher.encrypt("   ", "session_record")).isEqualTo("   ");
		assertThat(this.cipher.encrypt(null, "session_record")).isNull();
		assertThat(this.cipher.decrypt("{\"goals\":\"Rest\"}", "intake_answers")).isEqualTo("{\"goals\":\"Rest\"}");
	}

	@Test
	void aMissingShortOrUnnamedKeyStopsHoldspaceFromStarting() {
		assertThatIllegalStateException().isThrownBy(() -> new FieldCipher(Map.of(), null))
			.withMessageContaining("No encryption key is configured");
		assertThatIllegalStateException()
			.isThrownBy(() -> new FieldCipher(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1"))
			.withMessageContaining("32 bytes");
		assertThatIllegalStateException().isThrownBy(() -> new FieldCipher(Map.of("k1", ONE), "k9"))
			.withMessageContaining("names no configured key");
	}

}
