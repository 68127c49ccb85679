package com.holdspace.session;

/** How often the therapist suggests the client comes. */
public enum VisitFrequency {

	WEEKLY, FORTNIGHTLY, MONTHLY, AS_NEEDED

}
