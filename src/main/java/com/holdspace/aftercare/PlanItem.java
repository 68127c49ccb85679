package com.holdspace.aftercare;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A catalogue suggestion as it read when it was put in a plan. */
@Embeddable
public class PlanItem {

	@Column(name = "item_id")
	private Long itemId;

	private String title;

	private String guidance;

	protected PlanItem() {
	}

	PlanItem(AftercareItem item) {
		this.itemId = item.getId();
		this.title = item.getTitle();
		this.guidance = item.getGuidance();
	}

	public Long getItemId() {
		return this.itemId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getGuidance() {
		return this.guidance;
	}

}
