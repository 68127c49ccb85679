package com.holdspace.site;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.ReferenceRowListener;
import com.holdspace.shared.Retirable;

/**
 * One clinic of a chain: its rooms stand there and its therapists work there. A site no longer used
 * is made inactive, never removed, because rooms, staff and bookings point at it.
 */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Table(name = "site")
public class Site extends BaseEntity implements Retirable {

	private String name;

	private boolean active = true;

	@Column(name = "creation_token")
	private UUID creationToken;

	protected Site() {
	}

	Site(UUID creationToken, String name) {
		this.creationToken = creationToken;
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

	public boolean isActive() {
		return this.active;
	}

	void rename(String name) {
		this.name = name;
	}

	void setActive(boolean active) {
		this.active = active;
	}

}
