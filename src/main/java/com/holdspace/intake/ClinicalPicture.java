package com.holdspace.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What a therapist must see where they work with a client on a given day: the signals, the body
 * map with every region to avoid, triggers, and every open hold judged on that day. Clinical
 * staff only.
 *
 * @param answers the latest completed intake, or null when there is none
 * @param version its number, or null
 * @param holds the open holds
 * @param day the day the picture is for (the session's), against which lapsing reasons are judged
 * @param substanceUseThatDay the intake completed that day says the client had alcohol or drugs
 * @param extendedSuggested the latest intake suggests an extended session
 */
@NamedInterface("api")
public record ClinicalPicture(IntakeForm answers, Integer version, List<HoldView> holds, LocalDate day,
		boolean substanceUseThatDay, boolean extendedSuggested) {

	public boolean isIntakeComplete() {
		return this.answers != null;
	}

	/** Somatic work is paused while a refer-and-pause hold is open. */
	public boolean isSomaticWorkPaused() {
		return this.holds.stream().anyMatch(HoldView::isBlocking);
	}

	/** Deep or prolonged work is ruled out by a hold, or by alcohol or drugs that day. */
	public boolean isDeepWorkRuledOut() {
		return this.substanceUseThatDay || this.holds.stream().anyMatch(HoldView::isNoDeepWork);
	}

	/** Holds with a reason that has run out by the day: shown for the therapist to review and clear. */
	public List<HoldView> holdsToReview() {
		return this.holds.stream().filter(hold -> !hold.lapsedOn(this.day).isEmpty()).toList();
	}

	/**
	 * The body map for the day: the client's own wishes, with every region a condition rules out
	 * marked avoid, and any region withdrawn since (a session's "not the chest today").
	 */
	public Map<BodyRegion, RegionAnswer> bodyMap(Set<BodyRegion> withdrawn) {
		Map<BodyRegion, RegionAnswer> map = new EnumMap<>(BodyRegion.class);
		for (BodyRegion region : BodyRegion.values()) {
			RegionAnswer own = (this.answers != null) ? this.answers.getBodyMap().get(region) : null;
			map.put(region, (own != null) ? own : new RegionAnswer());
		}
		for (HoldView hold : this.holds) {
			for (HoldReason reason : hold.reasons()) {
				for (BodyRegion region : reason.getRegions()) {
					map.put(region, new RegionAnswer(RegionState.AVOID, reason.getDetail()));
				}
			}
		}
		for (BodyRegion region : withdrawn) {
			String note = map.get(region).getNote();
			map.put(region, new RegionAnswer(RegionState.AVOID, note));
		}
		return map;
	}

	public List<BodyRegion> avoidIn(Map<BodyRegion, RegionAnswer> map) {
		return regionsIn(map, RegionState.AVOID);
	}

	public List<BodyRegion> careIn(Map<BodyRegion, RegionAnswer> map) {
		return regionsIn(map, RegionState.CARE);
	}

	/** Regions in a state, in map order. */
	public List<BodyRegion> regionsIn(Map<BodyRegion, RegionAnswer> map, RegionState state) {
		List<BodyRegion> regions = new ArrayList<>();
		map.forEach((region, answer) -> {
			if (answer.getState() == state) {
				regions.add(region);
			}
		});
		return regions;
	}

}
