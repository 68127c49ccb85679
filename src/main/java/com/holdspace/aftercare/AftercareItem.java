package com.holdspace.aftercare;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import com.holdspace.shared.BaseEntity;
import com.holdspace.shared.Retirable;

/**
 * One suggestion of the aftercare catalogue (hydration, journaling, ...) with the words the client
 * reads. The admin keeps the catalogue; a plan copies an item as it reads when chosen.
 */
@Entity
@Table(name = "aftercare_item")
public class AftercareItem extends BaseEntity implements Retirable {

	private String title;

	private String guidance;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active = true;

	@Column(name = "creation_token")
	private UUID creationToken;

	protected AftercareItem() {
	}

	AftercareItem(UUID creationToken, String title, String guidance, int sortOrder) {
		this.creationToken = creationToken;
		change(title, guidance, sortOrder);
	}

	void change(String title, String guidance, int sortOrder) {
		this.title = title.strip();
		this.guidance = guidance.strip();
		this.sortOrder = sortOrder;
	}

	void setActive(boolean active) {
		this.active = active;
	}

	/** The title is what the admin lists it by. */
	@Override
	public String getName() {
		return this.title;
	}

	public String getTitle() {
		return this.title;
	}

	public String getGuidance() {
		return this.guidance;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public boolean isActive() {
		return this.active;
	}

}
