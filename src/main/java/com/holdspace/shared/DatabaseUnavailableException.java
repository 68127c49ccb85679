package com.holdspace.shared;

/** Holdspace cannot find or reach its database; the message says what to do. */
class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException(String message) {
		super(message);
	}

}
