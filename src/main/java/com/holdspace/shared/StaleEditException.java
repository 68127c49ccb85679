package com.holdspace.shared;

/**
 * Someone else saved the record after the form being submitted was loaded. The caller shows the
 * form again with what was typed, and nothing is overwritten.
 */
public class StaleEditException extends RuntimeException {

	public StaleEditException(String what, Object id) {
		super(what + " " + id + " was changed by someone else");
	}

}
