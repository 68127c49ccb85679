package com.holdspace.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
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


	@Test
	void theLastWordBeforeTheNumberSaysWhetherToTextOrToCall() {
		var lines = CrisisLine.of("""
				Shout: text SHOUT to 85258.
				Or send an SMS to 07700 900123 any time.
				We text back within a day, or call 0300 123 4567.
				Clinic line: +44 20 7946 0000""");

		assertThat(lines).extracting(CrisisLine::reach)
			.containsExactly(CrisisLine.Reach.TEXT, CrisisLine.Reach.TEXT, CrisisLine.Reach.CALL, CrisisLine.Reach.CALL);
		assertThat(lines).extracting(CrisisLine::href)
			.containsExactly("sms:85258", "sms:07700900123", "tel:03001234567", "tel:+442079460000");
		assertThat(CrisisLine.of("Talk to your GP.").get(0).reach()).isNull();
	}

}
