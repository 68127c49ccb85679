package com.holdspace.site;

/** The last site in use cannot be taken out of use. */
class LastSiteException extends RuntimeException {

	LastSiteException() {
		super("last active site");
	}

}
