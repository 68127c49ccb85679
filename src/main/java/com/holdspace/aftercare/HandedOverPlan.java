package com.holdspace.aftercare;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/** An aftercare plan as it was handed over after a session, with every check-in the client sent back on it. */
@NamedInterface("api")
public record HandedOverPlan(long sessionId, PlanSheet plan, List<CheckInAnswer> checkIns) {

	public HandedOverPlan {
		checkIns = List.copyOf(checkIns);
	}

}
