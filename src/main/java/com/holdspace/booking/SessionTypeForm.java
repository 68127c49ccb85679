package com.holdspace.booking;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.holdspace.shared.NamedForm;

/**
 * The session type form as typed. The ranges are the database's own checks, so what passes here is
 * never refused there.
 */
public class SessionTypeForm extends NamedForm {

	@Size(max = 500, message = "{validation.tooLong}")
	private String description;

	@NotNull(message = "{validation.required}")
	@Min(value = 10, message = "{sessionTypes.error.duration}")
	@Max(value = 480, message = "{sessionTypes.error.duration}")
	private Integer durationMinutes;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{sessionTypes.error.buffer}")
	@Max(value = 120, message = "{sessionTypes.error.buffer}")
	private Integer bufferMinutes;

	private boolean involvesTouch = true;

	private boolean active = true;

	private boolean onlineForNew;

	private boolean onlineForReturning;

	@NotNull(message = "{validation.required}")
	@Min(value = 0, message = "{sessionTypes.error.sortOrder}")
	@Max(value = 9999, message = "{sessionTypes.error.sortOrder}")
	private Integer sortOrder = 0;

	static SessionTypeForm from(SessionType type) {
		var form = new SessionTypeForm();
		form.setVersion(type.getVersion());
		form.setName(type.getName());
		form.description = type.getDescription();
		form.durationMinutes = type.getDurationMinutes();
		form.bufferMinutes = type.getBufferMinutes();
		form.involvesTouch = type.isInvolvesTouch();
		form.active = type.isActive();
		form.sortOrder = type.getSortOrder();
		form.onlineForNew = type.isOnlineForNew();
		form.onlineForReturning = type.isOnlineForReturning();
		return form;
	}

	SessionTypeDetails toDetails() {
		return new SessionTypeDetails(getName(), this.description, this.durationMinutes, this.bufferMinutes,
				this.involvesTouch, this.active, this.sortOrder, this.onlineForNew, this.onlineForReturning);
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public Integer getBufferMinutes() {
		return this.bufferMinutes;
	}

	public void setBufferMinutes(Integer bufferMinutes) {
		this.bufferMinutes = bufferMinutes;
	}

	public boolean isInvolvesTouch() {
		return this.involvesTouch;
	}

	public void setInvolvesTouch(boolean involvesTouch) {
		this.involvesTouch = involvesTouch;
	}

	public boolean isActive() {
		return this.active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public boolean isOnlineForNew() {
		return this.onlineForNew;
	}

	public void setOnlineForNew(boolean onlineForNew) {
		this.onlineForNew = onlineForNew;
	}

	public boolean isOnlineForReturning() {
		return this.onlineForReturning;
	}

	public void setOnlineForReturning(boolean onlineForReturning) {
		this.onlineForReturning = onlineForReturning;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

}
