package com.holdspace.intake;

import org.springframework.modulith.NamedInterface;

import jakarta.validation.constraints.Size;

/** The client's wish for one body region, with an optional note in their words. */
@NamedInterface("api")
public class RegionAnswer {

	private RegionState state = RegionState.OK;

	@Size(max = 300, message = "{validation.tooLong}")
	private String note;

	public RegionAnswer() {
	}

	RegionAnswer(RegionState state, String note) {
		this.state = state;
		this.note = note;
	}

	public RegionState getState() {
		return this.state;
	}

	public void setState(RegionState state) {
		this.state = (state != null) ? state : RegionState.OK;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
