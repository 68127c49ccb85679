package com.holdspace.intake;

/**
 * Why a flag was raised: the answer (a field of {@link IntakeForm}) and, where it helps, what the
 * client said, e.g. the date and kind of a surgery.
 */
public record FlagReason(String answer, String detail) {

	static FlagReason of(String answer) {
		return new FlagReason(answer, null);
	}

}
