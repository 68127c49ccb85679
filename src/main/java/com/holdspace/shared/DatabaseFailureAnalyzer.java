package com.holdspace.shared;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "cannot reach the database" into a short report with the action to take, instead of a
 * page of stack trace.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

	private static final String ACTION = "Start PostgreSQL on localhost:5432 (or Docker, for docker-compose.yml), "
			+ "or point SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD at a "
			+ "PostgreSQL server that has the database.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseUnavailableException unavailable) {
				return new FailureAnalysis("Holdspace cannot start: " + unavailable.getMessage(), ACTION, unavailable);
			}
			if (cause instanceof SQLException sql && isConnectionProblem(sql)) {
				return new FailureAnalysis("Holdspace cannot reach its database: " + sql.getMessage(), ACTION, sql);
			}
		}
		return null;
	}

	private static boolean isConnectionProblem(SQLException failure) {
		String state = failure.getSQLState();
		// 08: connection exceptions; 28: bad credentials; 3D000: no such database
		return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
	}

}
