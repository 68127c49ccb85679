package com.holdspace.consent;

/** Another admin saved a new version of the text after this edit began. */
class StaleTextException extends RuntimeException {

	StaleTextException() {
		super("The consent text was changed by someone else");
	}

}
