package com.holdspace.site;

/** Another site already has the name, whatever its case. */
class SiteNameTakenException extends RuntimeException {

	SiteNameTakenException() {
		super("site name taken");
	}

}
