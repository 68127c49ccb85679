package com.holdspace.aftercare;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans handed over to a client, oldest first, a page at a time, each with the client's
 * check-ins: three statements a page, however many plans there are. Plans still being written are
 * not part of the record yet.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class AftercareRecords {

	private final AftercarePlanRepository plans;

	private final AftercareCheckInRepository checkIns;

	AftercareRecords(AftercarePlanRepository plans, AftercareCheckInRepository checkIns) {
		this.plans = plans;
		this.checkIns = checkIns;
	}

	/** How many plans have been handed over to the client. */
	public int count(long clientId) {
		return (int) this.plans.countByClientIdAndHandedOverAtIsNotNull(clientId);
	}

	/**
	 * The next {@code size} plans handed over after the one handed over at {@code afterHandedOverAt}
	 * with id {@code afterId}; from the first when {@code afterHandedOverAt} is null.
	 */
	public List<HandedOverPlan> page(long clientId, Instant afterHandedOverAt, long afterId, int size) {
		List<Long> ids = (afterHandedOverAt == null) ? this.plans.firstHandedOverTo(clientId, Limit.of(size))
				: this.plans.handedOverToAfter(clientId, afterHandedOverAt, afterId, Limit.of(size));
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CheckInAnswer>> answers = this.checkIns.findByPlanIdInOrderBySentAtDesc(ids)
			.stream()
			.collect(Collectors.groupingBy(AftercareCheckIn::getPlanId,
					Collectors.mapping(CheckInAnswer::of, Collectors.toList())));
		return this.plans.withItems(ids)
			.stream()
			.map(plan -> new HandedOverPlan(plan.getSessionId(), PlanSheet.of(plan),
					oldestFirst(answers.getOrDefault(plan.getId(), List.of()))))
			.toList();
	}

	private static List<CheckInAnswer> oldestFirst(List<CheckInAnswer> newestFirst) {
		List<CheckInAnswer> answers = new ArrayList<>(newestFirst);
		Collections.reverse(answers);
		return answers;
	}

}
