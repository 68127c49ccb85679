package com.holdspace.web;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.holdspace.shared.ClinicTime;

/**
 * Bean Validation reads "now" for {@code @PastOrPresent} and its kin from the clinic's clock, not
 * the server's: otherwise, around midnight, a date of birth of today at the clinic could be
 * refused as in the future, or tomorrow's accepted.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

	@Bean
	ValidationConfigurationCustomizer clinicClock(ClinicTime clinicTime) {
		return configuration -> configuration.clockProvider(clinicTime::clock);
	}

}
