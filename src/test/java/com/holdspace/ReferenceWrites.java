package com.holdspace;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

import com.holdspace.shared.ReferenceData;

/**
 * Fixtures write rooms, session types and staff with plain SQL, and the next line of a test reads a
 * page that shows them. A running clinic learns of such a write within a second (ReferenceData);
 * a test cannot wait, so this tells the cache at once, as saving the entity would.
 */
final class ReferenceWrites implements QueryExecutionListener {

	private static final Pattern WRITE = Pattern
		.compile("^\\s*(?:insert\\s+into|update|delete\\s+from|truncate(?:\\s+table)?)\\s+(?:only\\s+)?([a-z_]+)",
				Pattern.CASE_INSENSITIVE);

	private static final Set<String> TABLES = Set.of("session_type", "room", "site", "account", "clinic_setting",
			"consent_document_version", "working_hours", "time_off");

	private volatile ReferenceData referenceData;

	void ready(ReferenceData referenceData) {
		this.referenceData = referenceData;
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		ReferenceData data = this.referenceData;
		if (data == null) {
			return;
		}
		for (QueryInfo query : queries) {
			Matcher write = WRITE.matcher(query.getQuery());
			if (write.find() && TABLES.contains(write.group(1).toLowerCase())) {
				data.changed(write.group(1).toLowerCase());
			}
		}
	}

}
