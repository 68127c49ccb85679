package com.holdspace.client;

/** How the client asked to be reached. */
public enum ContactMethod {

	PHONE, SMS, EMAIL;

	boolean needsPhone() {
		return this != EMAIL;
	}

}
