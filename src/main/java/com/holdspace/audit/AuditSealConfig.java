package com.holdspace.audit;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditSeals.AuditKeyProperties.class)
class AuditSealConfig {

	@Bean
	AuditSeals auditSeals(AuditSeals.AuditKeyProperties properties) {
		return new AuditSeals(properties.keys(), properties.current());
	}

}
