package com.holdspace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the SQL statements the current thread sends to PostgreSQL between {@link #start()} and
 * {@link #stop()}: whatever issues them (Hibernate, JdbcTemplate, Spring Session), each counts.
 * Other threads never add to a count.
 */
public final class StatementCounter implements QueryExecutionListener {

	private final ThreadLocal<List<String>> statements = new ThreadLocal<>();

	public void start() {
		this.statements.set(Collections.synchronizedList(new ArrayList<>()));
	}

	/** The statements sent since {@link #start()}, in order; counting stops. */
	public List<String> stop() {
		List<String> sent = this.statements.get();
		this.statements.remove();
		return (sent != null) ? List.copyOf(sent) : List.of();
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		List<String> sent = this.statements.get();
		if (sent != null) {
			queries.forEach(query -> sent.add(query.getQuery()));
		}
	}

}
