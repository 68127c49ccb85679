package com.holdspace.intake;

/** Two devices completed the intake at the same moment; one version was made, this one was not. */
class ConcurrentCompletionException extends RuntimeException {

	ConcurrentCompletionException() {
		super("The intake was completed on another device at the same time");
	}

}
