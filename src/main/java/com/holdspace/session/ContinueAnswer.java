package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** The client's answer when the therapist asked whether to go on. */
@NamedInterface("api")
public enum ContinueAnswer {

	GO_ON, GO_ON_GENTLER, END_HERE

}
