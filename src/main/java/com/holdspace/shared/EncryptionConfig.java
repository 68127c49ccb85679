package com.holdspace.shared;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys of the field encryption, from configuration only ({@code holdspace.encryption.keys.<id>}
 * and {@code holdspace.encryption.current}); SECURITY.md says how to make and rotate one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EncryptionConfig.EncryptionProperties.class)
class EncryptionConfig {

	@ConfigurationProperties("holdspace.encryption")
	record EncryptionProperties(Map<String, String> keys, String current) {

		EncryptionProperties {
			keys = (keys != null) ? keys : Map.of();
		}

	}

	@Bean
	FieldCipher fieldCipher(EncryptionProperties properties) {
		var cipher = new FieldCipher(properties.keys(), properties.current());
		// Hibernate creates the column converters itself; they find the cipher here
		FieldCipher.install(cipher);
		return cipher;
	}

}
