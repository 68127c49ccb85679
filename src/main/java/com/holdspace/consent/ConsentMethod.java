package com.holdspace.consent;

import org.springframework.modulith.NamedInterface;

/** Written consent is signed on the tablet; verbal consent is given aloud and witnessed. */
@NamedInterface("api")
public enum ConsentMethod {

	WRITTEN, VERBAL

}
