package com.holdspace.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class CheckInConcernTests {

	@Test
	void theLowestScoreOrWordsOfSelfHarmAreUrgent() {
		assertThat(CheckInConcern.isUrgent(1, null)).isTrue();
		assertThat(CheckInConcern.isUrgent(4, "I keep thinking about HURTING MYSELF")).isTrue();
		assertThat(CheckInConcern.isUrgent(3, "I don\u2019t want to be here any more")).isTrue();
		assertThat(CheckInConcern.isUrgent(2, "thoughts of suicide again")).isTrue();
	}

	@Test
	void aLowDayInOtherWordsIsNot() {
		assertThat(CheckInConcern.isUrgent(2, "Tired, a bit low, my shoulder hurts")).isFalse();
		assertThat(CheckInConcern.isUrgent(5, null)).isFalse();
	}

}
