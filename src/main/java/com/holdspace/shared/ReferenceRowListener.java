package com.holdspace.shared;

import org.springframework.beans.factory.ObjectProvider;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;

/**
 * Put on the entities {@link ReferenceData} keeps in memory: a change saved through one of them is
 * forgotten on this instance at commit, so the person who made it sees it on the next page, not a
 * second later. Hibernate makes this listener through Spring, which injects the cache.
 */
public class ReferenceRowListener {

	/** Absent where only the repositories run (a repository test): nothing is kept, nothing to forget. */
	private final ObjectProvider<ReferenceData> referenceData;

	public ReferenceRowListener(ObjectProvider<ReferenceData> referenceData) {
		this.referenceData = referenceData;
	}

	@PostPersist
	@PostUpdate
	@PostRemove
	void changed(Object row) {
		Table table = row.getClass().getAnnotation(Table.class);
		if (table != null) {
			this.referenceData.ifAvailable(kept -> kept.changed(table.name()));
		}
	}

}
