package com.holdspace.session;

import org.springframework.modulith.NamedInterface;

/** How often the therapist suggests the client comes. */
@NamedInterface("api")
public enum VisitFrequency {

	WEEKLY, FORTNIGHTLY, MONTHLY, AS_NEEDED

}
