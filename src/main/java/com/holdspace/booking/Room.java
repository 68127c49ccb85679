package com.holdspace.booking;

import java.util.UUID;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.ReferenceRowListener;
import com.holdspace.shared.Retirable;

/** A treatment room. A room that is no longer used is made inactive, never removed. */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Table(name = "room")
public class Room extends BaseEntity implements Retirable {

	private String name;

	private boolean active = true;

	@Column(name = "creation_token")
	private UUID creationToken;

	@Column(name = "site_id")
	private long siteId;

	protected Room() {
	}

	Room(UUID creationToken, String name, long siteId) {
		this.name = name;
		this.creationToken = creationToken;
		this.siteId = siteId;
	}

	public String getName() {
		return this.name;
	}

	/** The site the room stands at; only that site's therapists are booked into it. */
	public long getSiteId() {
		return this.siteId;
	}

	void moveTo(long siteId) {
		this.siteId = siteId;
	}

	public boolean isActive() {
		return this.active;
	}

	public void rename(String name) {
		this.name = name;
	}

	public void setActive(boolean active) {
		this.active = active;
	}

}
