package com.holdspace.aftercare;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.NamedInterface;

import com.holdspace.clinic.CrisisLine;

/**
 * An aftercare plan as it was handed over, for the client's own portal: the same names the sheet
 * template reads from the plan itself, so one fragment draws both. A copy; the plan stays here.
 */
@NamedInterface("api")
public record PlanSheet(long id, String therapistName, List<Item> items, String notes, LocalDate followUpOn,
		boolean counsellingSuggested, String referral, String watchFor, String contactLines, String crisisLines,
		Instant handedOverAt, Instant readAt) {

	/** One suggestion on the sheet, in the words it was handed over with. */
	public record Item(String title, String guidance) {
	}

	public PlanSheet {
		items = List.copyOf(items);
	}

	static PlanSheet of(AftercarePlan plan) {
		return new PlanSheet(plan.getId(), plan.getTherapistName(),
				plan.getItems().stream().map(item -> new Item(item.getTitle(), item.getGuidance())).toList(),
				plan.getNotes(), plan.getFollowUpOn(), plan.isCounsellingSuggested(), plan.getReferral(),
				plan.getWatchFor(), plan.getContactLines(), plan.getCrisisLines(), plan.getHandedOverAt(),
				plan.getReadAt());
	}

	/** The crisis lines as handed over, a line each, each number a link to call or to text. */
	public List<CrisisLine> crisisLineLinks() {
		return CrisisLine.of(this.crisisLines);
	}

}
