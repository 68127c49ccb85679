package com.holdspace.intake;

import java.util.List;

/**
 * A flag worked out from answers rather than held: the flags of a draft in progress (they hold
 * nothing until completed) and the extended-session suggestion.
 */
public record FlagView(FlagKind kind, List<FlagReason> reasons, boolean urgent, boolean fromDraft) {

	/** Whether this flag, once its answers are completed, would stop somatic work. */
	public boolean isBlocking() {
		return this.kind == FlagKind.REFER_AND_PAUSE;
	}

}
