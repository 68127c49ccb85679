package com.holdspace.consent;

class AlreadyWithdrawnException extends RuntimeException {

	AlreadyWithdrawnException() {
		super("This consent has already been withdrawn");
	}

}
