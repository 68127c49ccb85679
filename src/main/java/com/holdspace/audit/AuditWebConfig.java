package com.holdspace.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class AuditWebConfig implements WebMvcConfigurer {

	private final AuditInterceptor interceptor;

	private final CareCheck careCheck;

	AuditWebConfig(AuditInterceptor interceptor, CareCheck careCheck) {
		this.interceptor = interceptor;
		this.careCheck = careCheck;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// the audit first: a request the care check refuses is still written, with its 404
		registry.addInterceptor(this.interceptor);
		registry.addInterceptor(this.careCheck);
	}

}
