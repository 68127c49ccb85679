package com.holdspace.consent;

/** Written consent is signed on the tablet; verbal consent is given aloud and witnessed. */
public enum ConsentMethod {

	WRITTEN, VERBAL

}
