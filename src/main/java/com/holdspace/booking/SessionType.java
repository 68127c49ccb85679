package com.holdspace.booking;

import java.time.Duration;
import java.util.UUID;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.ReferenceRowListener;
import com.holdspace.shared.Retirable;

/**
 * A kind of session the clinic offers: how long it lasts and how much quiet time follows it.
 * The quiet time keeps the therapist and the room free so the client can recover undisturbed.
 */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Table(name = "session_type")
public class SessionType extends BaseEntity implements Retirable {

	private String name;

	private String description = "";

	@Column(name = "duration_minutes")
	private int durationMinutes;

	@Column(name = "buffer_minutes")
	private int bufferMinutes;

	@Column(name = "involves_touch")
	private boolean involvesTouch = true;

	private boolean active = true;

	@Column(name = "sort_order")
	private int sortOrder;

	@Column(name = "creation_token")
	private UUID creationToken;

	@Column(name = "online_for_new")
	private boolean onlineForNew;

	@Column(name = "online_for_returning")
	private boolean onlineForReturning;

	protected SessionType() {
	}

	public SessionType(String name, String description, int durationMinutes, int bufferMinutes,
			boolean involvesTouch, int sortOrder) {
		change(name, description, durationMinutes, bufferMinutes, involvesTouch, sortOrder);
	}

	public void change(String name, String description, int durationMinutes, int bufferMinutes,
			boolean involvesTouch, int sortOrder) {
		this.name = name;
		this.description = (description != null) ? description : "";
		this.durationMinutes = durationMinutes;
		this.bufferMinutes = bufferMinutes;
		this.involvesTouch = involvesTouch;
		this.sortOrder = sortOrder;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

	public int getDurationMinutes() {
		return this.durationMinutes;
	}

	public int getBufferMinutes() {
		return this.bufferMinutes;
	}

	public boolean isInvolvesTouch() {
		return this.involvesTouch;
	}

	public boolean isActive() {
		return this.active;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isOnlineForNew() {
		return this.onlineForNew;
	}

	public boolean isOnlineForReturning() {
		return this.onlineForReturning;
	}

	/** Whether new clients, and returning ones, may book this type themselves online. */
	public void offerOnline(boolean forNew, boolean forReturning) {
		this.onlineForNew = forNew;
		this.onlineForReturning = forReturning;
	}

	void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

	public Duration duration() {
		return Duration.ofMinutes(this.durationMinutes);
	}

	/** The session and the quiet time after it: how long therapist and room are taken. */
	public Duration occupies() {
		return Duration.ofMinutes((long) this.durationMinutes + this.bufferMinutes);
	}

}
