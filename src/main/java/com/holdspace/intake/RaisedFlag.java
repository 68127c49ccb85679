package com.holdspace.intake;

import java.util.List;

/** A flag the answers raise, with every answer that raised it. */
public record RaisedFlag(FlagKind kind, List<FlagReason> reasons) {

	/** Suicidal thoughts and current flashbacks must reach the therapist at once. */
	public boolean isUrgent() {
		return this.kind == FlagKind.REFER_AND_PAUSE && this.reasons.stream()
			.anyMatch(reason -> reason.answer().equals("suicidalThoughts") || reason.answer().equals("flashbacks"));
	}

}
