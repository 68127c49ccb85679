package com.holdspace.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class IntakeFillerTests {

	@Test
	void theClientAnswersTheirOwnQuestionsOnlyOnTheTabletAndAtHome() {
		assertThat(IntakeSteps.of(IntakeFiller.HOME.isClient()).keySet()).containsExactly("safety", "autonomy",
				"bodymap", "frames", "education", "triggers", "screening", "medical");
		assertThat(IntakeSteps.of(IntakeFiller.TABLET.isClient())).isEqualTo(IntakeSteps.of(IntakeFiller.HOME.isClient()));
		assertThat(IntakeFiller.STAFF.isClient()).isFalse();
	}

	@Test
	void aReasonToldAtHomeSaysSoAndOneOnTheTabletSaysThat() {
		assertThat(IntakeFiller.HOME.holdSource()).isEqualTo(HoldSource.HOME);
		assertThat(IntakeFiller.TABLET.holdSource()).isEqualTo(HoldSource.SELF_FILL);
		assertThat(IntakeFiller.HOME.isAtHome()).isTrue();
		assertThat(IntakeFiller.TABLET.isAtHome()).isFalse();
	}

}
