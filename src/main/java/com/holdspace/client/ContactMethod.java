package com.holdspace.client;

import org.springframework.modulith.NamedInterface;

/** How the client asked to be reached. */
@NamedInterface("api")
public enum ContactMethod {

	PHONE, SMS, EMAIL;

	boolean needsPhone() {
		return this != EMAIL;
	}

}
