package com.holdspace.booking;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.holdspace.model.BaseEntity;

/** A treatment room. A room that is no longer used is made inactive, never removed. */
@Entity
@Table(name = "room")
public class Room extends BaseEntity {

	private String name;

	private boolean active = true;

	@Column(name = "creation_token")
	private UUID creationToken;

	protected Room() {
	}

	public Room(String name) {
		this.name = name;
	}

	Room(UUID creationToken, String name) {
		this(name);
		this.creationToken = creationToken;
	}

	public String getName() {
		return this.name;
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
