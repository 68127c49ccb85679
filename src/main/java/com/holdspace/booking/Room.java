package com.holdspace.booking;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.holdspace.model.BaseEntity;

/** A treatment room. A room that is no longer used is made inactive, never removed. */
@Entity
@Table(name = "room")
public class Room extends BaseEntity {

	private String name;

	private boolean active = true;

	protected Room() {
	}

	public Room(String name) {
		this.name = name;
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
