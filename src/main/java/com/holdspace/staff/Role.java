package com.holdspace.staff;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/** What a signed-in person may do. Clients use the portal; everyone else is staff. */
@NamedInterface("api")
public enum Role {

	ADMIN, THERAPIST, FRONT_DESK, CLIENT;

	public static final Set<Role> STAFF = EnumSet.of(ADMIN, THERAPIST, FRONT_DESK);

	public boolean isStaff() {
		return STAFF.contains(this);
	}

	/** The authority Spring Security checks, e.g. {@code ROLE_FRONT_DESK}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
