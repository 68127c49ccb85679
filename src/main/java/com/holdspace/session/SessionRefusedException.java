package com.holdspace.session;

import java.util.List;

/**
 * A session that cannot start, or a tap that cannot be recorded, for reasons the therapist can act
 * on. Each reason is a message key.
 */
class SessionRefusedException extends RuntimeException {

	private final List<String> reasons;

	SessionRefusedException(List<String> reasons) {
		super(String.join(", ", reasons));
		this.reasons = List.copyOf(reasons);
	}

	SessionRefusedException(String reason) {
		this(List.of(reason));
	}

	List<String> getReasons() {
		return this.reasons;
	}

}
