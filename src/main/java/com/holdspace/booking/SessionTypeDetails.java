package com.holdspace.booking;

/** A session type as the admin's form describes it. */
record SessionTypeDetails(String name, String description, int durationMinutes, int bufferMinutes,
		boolean involvesTouch, boolean active, int sortOrder, boolean onlineForNew, boolean onlineForReturning) {

	SessionTypeDetails {
		name = name.strip();
		description = (description != null) ? description.strip() : "";
	}

}
