package com.holdspace.aftercare;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/** One plan in the client's list: when it was handed over, by whom, and whether they have read it. */
@NamedInterface("api")
public record PlanLine(long id, String therapistName, Instant handedOverAt, Instant readAt) {

	static PlanLine of(AftercarePlan plan) {
		return new PlanLine(plan.getId(), plan.getTherapistName(), plan.getHandedOverAt(), plan.getReadAt());
	}

}
