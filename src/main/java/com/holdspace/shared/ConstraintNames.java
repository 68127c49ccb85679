package com.holdspace.shared;

/** Which named database constraint refused a change, read from PostgreSQL's message. */
public final class ConstraintNames {

	private ConstraintNames() {
	}

	public static boolean violated(Throwable refused, String constraint) {
		for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

}
