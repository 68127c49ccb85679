package com.holdspace.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrisisLineTests {

	@Test
	void eachNumberBecomesALinkToCallOrToTextAsTheLineSays() {
		var lines = CrisisLine.of("""
				If you are in danger, call 999 now.
				Samaritans: 116 123, free, any time.
				Shout: text SHOUT to 85258 for support by text.
				You can also ask your therapist.""");

		assertThat(lines).extracting(CrisisLine::href).containsExactly("tel:999", "tel:116123", "sms:85258", null);
		assertThat(lines.get(1)).isEqualTo(new CrisisLine("Samaritans: ", "116 123", "tel:116123", ", free, any time."));
		assertThat(lines.get(3).before()).isEqualTo("You can also ask your therapist.");
	}

}
