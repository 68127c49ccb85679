package com.holdspace.intake;

/**
 * The therapist who recorded the referral is clearing the hold within a minute of it: the form asks
 * them to confirm, deliberately, that the specialist's advice really came in between.
 */
class SecondConfirmationNeededException extends RuntimeException {

	SecondConfirmationNeededException() {
		super("hold.confirm.question");
	}

}
