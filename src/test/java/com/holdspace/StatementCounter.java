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
 * Other threads never add to a count, unless it is started everywhere.
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

	/** Statements from every thread while set: for a request served by the real server's own threads. */
	private volatile List<String> everywhere;

	public void startEverywhere() {
		this.everywhere = Collections.synchronizedList(new ArrayList<>());
	}

	/** What every thread sent since {@link #startEverywhere()}, in order; counting stops. */
	public List<String> stopEverywhere() {
		List<String> sent = this.everywhere;
		this.everywhere = null;
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
		List<String> all = this.everywhere;
		if (all != null) {
			queries.forEach(query -> all.add(query.getQuery()));
		}
	}

}
