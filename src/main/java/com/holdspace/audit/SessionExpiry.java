package com.holdspace.audit;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.holdspace.shared.ClinicTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Removes sign-ins that ended for lack of activity, and notes each in the audit log as a timeout.
 * It takes the place of Spring Session's own clean-up ({@code spring.session.jdbc.cleanup-cron=-}),
 * which removes them without a word.
 */
@Component
class SessionExpiry {

	private final JdbcTemplate jdbc;

	private final AuditLog log;

	private final ClinicTime time;

	SessionExpiry(JdbcTemplate jdbc, AuditLog log, ClinicTime time) {
		this.jdbc = jdbc;
		this.log = log;
		this.time = time;
	}

	@Scheduled(cron = "30 * * * * *")
	@SchedulerLock(name = "session-expiry", lockAtMostFor = "PT5M")
	void removeEnded() {
		removeEndedBy(this.time.clock().millis());
	}

	/** Removes sessions whose time ran out before {@code millis}; answers how many. */
	@Transactional
	public int removeEndedBy(long millis) {
		List<String> ended = this.jdbc.queryForList("""
				delete from spring_session where expiry_time < ?
				returning coalesce(principal_name, '')""", String.class, millis);
		ended.stream()
			.filter(principal -> !principal.isEmpty())
			.forEach(principal -> this.log.recordFor(principal, AuditAction.TIMEOUT,
					"sign-in ended after 15 minutes without activity"));
		return ended.size();
	}

}
