package com.holdspace.shared;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Every entity's created and updated times are read from the clinic's clock, as every rule is, so
 * the waitlist's first come, first served order follows the clock a test sets.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "clinicDateTime")
public class EntityTimestamps {

	@Bean
	DateTimeProvider clinicDateTime(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
