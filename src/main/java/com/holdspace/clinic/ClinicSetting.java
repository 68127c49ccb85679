package com.holdspace.clinic;

import java.time.Instant;

import com.holdspace.shared.ReferenceRowListener;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One clinic-wide setting an admin edits. */
@Entity
@EntityListeners(ReferenceRowListener.class)
@Table(name = "clinic_setting")
class ClinicSetting {

	@Id
	private String key;

	@Version
	private int version;

	@Column(nullable = false)
	private String value;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected ClinicSetting() {
	}

	void change(String value, long by, Instant at) {
		this.value = value;
		this.updatedBy = by;
		this.updatedAt = at;
	}

	String getKey() {
		return this.key;
	}

	String getValue() {
		return this.value;
	}

	int getVersion() {
		return this.version;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
