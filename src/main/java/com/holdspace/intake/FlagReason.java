package com.holdspace.intake;

import java.time.LocalDate;
import java.util.List;

/**
 * Why a flag was raised: the answer (a field of {@link IntakeForm}) and, where it helps, what the
 * client said (the date and kind of a surgery), the day the reason runs out, and the body regions
 * it rules out.
 */
public record FlagReason(String answer, String detail, LocalDate lapsesOn, List<BodyRegion> regions) {

	/** Answers that speak of one day only ("today"): they never hold beyond it. */
	static final java.util.Set<String> DAY_ONLY = java.util.Set.of("substanceUseToday");

	public FlagReason {
		regions = (regions != null) ? List.copyOf(regions) : List.of();
	}

	static FlagReason of(String answer) {
		return new FlagReason(answer, null, null, List.of());
	}

	static FlagReason of(String answer, String detail) {
		return new FlagReason(answer, detail, null, List.of());
	}

	boolean isDayOnly() {
		return DAY_ONLY.contains(this.answer);
	}

}
