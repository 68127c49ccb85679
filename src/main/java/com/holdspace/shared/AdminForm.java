package com.holdspace.shared;

import java.util.UUID;

/**
 * What every admin form of named things carries besides its fields: a creation token, so a
 * double-tapped "Add" adds one, and the version it was opened on, so a save never overwrites another
 * admin's unseen.
 */
public class AdminForm {

	private UUID creationToken = UUID.randomUUID();

	private Integer version;

	private boolean savedMeanwhile;

	/** Someone saved first: what was typed stays, against the version now saved, so saving again goes through. */
	void savedMeanwhile(int savedVersion) {
		this.version = savedVersion;
		this.savedMeanwhile = true;
	}

	/** Read by the page to offer the version now saved; no setter, so a request cannot claim it. */
	public boolean isSavedMeanwhile() {
		return this.savedMeanwhile;
	}

	public UUID getCreationToken() {
		return this.creationToken;
	}

	public void setCreationToken(UUID creationToken) {
		this.creationToken = creationToken;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
