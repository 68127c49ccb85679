package com.holdspace.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Forms bind to form objects that hold only what the page offers, never to records; ids, owners
 * and roles come from the address and the signed-in person. As a second line, no request can bind
 * a property called {@code id} at any depth, whatever a form may one day grow.
 */
@ControllerAdvice
class BindingGuard {

	static final String[] NEVER_BOUND = { "id", "*.id", "*Hash", "*.*Hash" };

	@InitBinder
	void neverBindIds(WebDataBinder binder) {
		binder.setDisallowedFields(NEVER_BOUND);
	}

}
