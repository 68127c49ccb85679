package com.holdspace.shared;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (sending emails, reminders) for every feature. A job marked
 * {@code @SchedulerLock} runs on one app instance at a time, locked in the {@code shedlock} table
 * with the database's clock. {@code holdspace.scheduling.enabled=false} stops the timers (the tests
 * run the jobs themselves); the locks still apply when a job is called directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfig {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "holdspace.scheduling.enabled", havingValue = "true", matchIfMissing = true)
	@EnableScheduling
	static class Timers {

	}

}
