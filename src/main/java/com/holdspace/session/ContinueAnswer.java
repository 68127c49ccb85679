package com.holdspace.session;

/** The client's answer when the therapist asked whether to go on. */
public enum ContinueAnswer {

	GO_ON, GO_ON_GENTLER, END_HERE

}
