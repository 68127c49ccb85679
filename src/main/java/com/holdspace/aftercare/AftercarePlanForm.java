package com.holdspace.aftercare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Size;

/** The aftercare plan as the therapist builds it at the end of a session. */
public class AftercarePlanForm implements java.io.Serializable {

	private static final long serialVersionUID = 1L;

	private Integer version;

	private List<Long> itemIds = new ArrayList<>();

	@Size(max = 4000, message = "{validation.tooLong}")
	private String notes;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate followUpOn;

	private boolean counsellingSuggested;

	@Size(max = 500, message = "{validation.tooLong}")
	private String referral;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String watchFor;

	static AftercarePlanForm of(AftercarePlan plan) {
		var form = new AftercarePlanForm();
		form.version = plan.getVersion();
		form.itemIds = new ArrayList<>(plan.getItems().stream().map(PlanItem::getItemId).toList());
		form.notes = plan.getNotes();
		form.followUpOn = plan.getFollowUpOn();
		form.counsellingSuggested = plan.isCounsellingSuggested();
		form.referral = plan.getReferral();
		form.watchFor = plan.getWatchFor();
		return form;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

	public List<Long> getItemIds() {
		return this.itemIds;
	}

	public void setItemIds(List<Long> itemIds) {
		this.itemIds = (itemIds != null) ? itemIds : new ArrayList<>();
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public LocalDate getFollowUpOn() {
		return this.followUpOn;
	}

	public void setFollowUpOn(LocalDate followUpOn) {
		this.followUpOn = followUpOn;
	}

	public boolean isCounsellingSuggested() {
		return this.counsellingSuggested;
	}

	public void setCounsellingSuggested(boolean counsellingSuggested) {
		this.counsellingSuggested = counsellingSuggested;
	}

	public String getReferral() {
		return this.referral;
	}

	public void setReferral(String referral) {
		this.referral = referral;
	}

	public String getWatchFor() {
		return this.watchFor;
	}

	public void setWatchFor(String watchFor) {
		this.watchFor = watchFor;
	}

}
