package com.holdspace.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("fast")
class DatabaseFailureAnalyzerTests {

	private final DatabaseFailureAnalyzer analyzer = new DatabaseFailureAnalyzer();

	@Test
	void explainsAnUnreachableServerWithWhatToDo() {
		var refused = new SQLException("Connection to localhost:5432 refused.", "08001");
		var analysis = this.analyzer.analyze(new IllegalStateException("Flyway failed", refused));

		assertThat(analysis.getDescription()).contains("cannot reach its database").contains("localhost:5432 refused");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void explainsAMissingDatabase() {
		var missing = new SQLException("FATAL: database \"holdspace\" does not exist", "3D000");

		assertThat(this.analyzer.analyze(missing).getDescription()).contains("\"holdspace\" does not exist");
	}

	@Test
	void reportsTheLocatorsOwnMessage() {
		var analysis = this.analyzer.analyze(new DatabaseUnavailableException("no PostgreSQL answers on localhost:5432"));

		assertThat(analysis.getDescription()).isEqualTo("Holdspace cannot start: no PostgreSQL answers on localhost:5432");
	}

	@Test
	void leavesOtherFailuresToSpringBoot() {
		assertThat(this.analyzer.analyze(new SQLException("duplicate key", "23505"))).isNull();
		assertThat(this.analyzer.analyze(new IllegalArgumentException("bad bean"))).isNull();
	}

}
